package com.inquirydesk.desk;

import static com.inquirydesk.security.StaffRoles.AGENTS;
import static com.inquirydesk.security.StaffRoles.AUDITORS;
import static com.inquirydesk.security.StaffRoles.KNOWLEDGE_MANAGERS;
import static com.inquirydesk.security.StaffRoles.PROCESS_OWNERS;
import static com.inquirydesk.security.StaffRoles.PRODUCT_TEAM;
import static com.inquirydesk.security.StaffRoles.SUPERVISORS;
import static com.inquirydesk.security.StaffRoles.VOC_REVIEWERS;

import com.inquirydesk.security.StaffRoles;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /desk}: where every staff login lands. It lists the pages the signed-in person's roles open (the same
 * roles SecurityConfig checks; DeskSignInIT opens every listed page as each demo role), so a product-team member or
 * an auditor is not sent to a page that refuses them.
 */
@Controller
class DeskHomeController {

    /** One place on the desk: who may open it (any of the groups) and what it is for. */
    record Place(String label, String href, String purpose, List<String> groups) {

        boolean openTo(Set<String> memberOf) {
            return groups.stream().anyMatch(memberOf::contains);
        }
    }

    static final List<Place> PLACES = List.of(
            new Place("Tasklist", "/camunda/app/tasklist/", "배정된 작업과 그룹 대기열을 처리합니다. 상담원은 여기서 전화 문의도 기록합니다.",
                    StaffRoles.groups(AGENTS, SUPERVISORS, VOC_REVIEWERS, KNOWLEDGE_MANAGERS, PRODUCT_TEAM)),
            new Place("문의 목록", "/desk/inquiries", "상태·그룹·담당자·분류·채널·고객으로 문의를 찾아봅니다.",
                    StaffRoles.groups(AGENTS, SUPERVISORS, AUDITORS)),
            new Place("내부 매뉴얼", "/desk/manual", "추천 답변과 처리 매뉴얼을 검색합니다.",
                    StaffRoles.groups(AGENTS, SUPERVISORS, KNOWLEDGE_MANAGERS)),
            new Place("대시보드", "/desk/dashboard", "대기열, SLA 위험·위반, 상담원 부하와 만족도 추이를 봅니다.",
                    StaffRoles.groups(SUPERVISORS, VOC_REVIEWERS, AUDITORS)),
            new Place("주간 VOC 보고서", "/desk/reports/weekly", "주간 고객의 소리 보고서를 읽습니다.",
                    StaffRoles.groups(SUPERVISORS, VOC_REVIEWERS, AUDITORS)),
            new Place("상담원 현황", "/desk/agents", "상담원의 상태, 처리 한도와 기술을 관리합니다.", StaffRoles.groups(SUPERVISORS)),
            new Place("발송 실패", "/desk/deliveries", "고객에게 가지 못한 메시지를 확인하고 다시 보냅니다.", StaffRoles.groups(SUPERVISORS)),
            new Place("지식베이스 관리", "/desk/kb", "도움말 문서를 쓰고 검토하고 게시합니다.", StaffRoles.groups(KNOWLEDGE_MANAGERS)),
            new Place("Cockpit", "/camunda/app/cockpit/", "프로세스 인스턴스, 인시던트와 이력을 봅니다.", StaffRoles.groups(PROCESS_OWNERS, SUPERVISORS, AUDITORS)));

    @GetMapping("/desk")
    String home(Authentication staff, Model model) {
        Set<String> memberOf = StaffRoles.groupsOf(staff);
        model.addAttribute("user", staff.getName());
        model.addAttribute("places", PLACES.stream().filter(place -> place.openTo(memberOf)).toList());
        return "desk/home";
    }
}
