package com.inquirydesk.voc.weekly;

import com.inquirydesk.reporting.ReportNotFoundException;
import com.inquirydesk.system.InquiryDeskProperties;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The weekly VOC report as a page (supervisors, VOC reviewers, auditors): the latest compiled week, or any
 * stored one, with links between the recent weeks. Server-rendered, no script.
 */
@Controller
class WeeklyVocReportPageController {

    static final int RECENT_WEEKS = 12;

    private final WeeklyVocReportArchive archive;
    private final InquiryDeskProperties properties;

    WeeklyVocReportPageController(WeeklyVocReportArchive archive, InquiryDeskProperties properties) {
        this.archive = archive;
        this.properties = properties;
    }

    @GetMapping("/desk/reports/weekly")
    String latest(Model model) {
        List<WeeklyVocReportArchive.Week> weeks = archive.latest(RECENT_WEEKS);
        model.addAttribute("weeks", weeks);
        model.addAttribute("zone", properties.zone());
        if (weeks.isEmpty()) {
            return "desk/weekly-voc";
        }
        return show(weeks.get(0), model);
    }

    @GetMapping("/desk/reports/weekly/{id}")
    String week(@PathVariable long id, Model model) {
        List<WeeklyVocReportArchive.Week> weeks = archive.latest(RECENT_WEEKS);
        model.addAttribute("weeks", weeks);
        model.addAttribute("zone", properties.zone());
        WeeklyVocReportArchive.Week week = weeks.stream().filter(w -> w.id() == id).findFirst()
                .orElseGet(() -> new WeeklyVocReportArchive.Week(id, null, null, null, null, null));
        return show(week, model);
    }

    private String show(WeeklyVocReportArchive.Week week, Model model) {
        WeeklyVocReport report = archive.report(week.id())
                .orElseThrow(() -> new ReportNotFoundException("주간 VOC 리포트가 없습니다: " + week.id()));
        model.addAttribute("week", week);
        model.addAttribute("report", report);
        return "desk/weekly-voc";
    }
}
