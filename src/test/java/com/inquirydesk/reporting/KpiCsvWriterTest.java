package com.inquirydesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiCsvWriterTest {

    @Test
    void csvStartsWithBomHasHeaderRowsAndTotalWithCrlf() {
        KpiValues values = new KpiValues(2, 1, 3.5, 0.5, -12.5, 4.0, 60.0, 90.0, null, null, 1.0, 0.0, null,
                0.5, 4.0, 3.5, null, 2.25, 5.0);
        KpiReport report = new KpiReport(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), "Asia/Seoul", "agent",
                List.of(new KpiReport.Row("kim", "김, \"민지\"", values), new KpiReport.Row("=cmd", "=cmd", values)),
                new KpiReport.Row("TOTAL", "전체", values));

        byte[] bytes = KpiCsvWriter.write(report);

        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("그룹,구분,접수 문의 수,설문 응답 수,CSAT 평균,CSAT 만족 비율,NPS,CES 평균,"
                + "첫 응답 시간 중앙값(분),첫 응답 시간 p90(분),해결 시간 중앙값(분),해결 시간 p90(분),SLA 준수율,"
                + "셀프서비스 해결 비율,재문의 비율,첫 접촉 해결 비율,재이용 의향 평균,제품 경험 평균,온라인 경험 평균,"
                + "대기 시간 평균,기대 충족 평균");
        assertThat(lines[1]).isEqualTo("kim,\"김, \"\"민지\"\"\",2,1,3.5,0.5,-12.5,4,60,90,,,1,0,,0.5,4,3.5,,2.25,5");
        assertThat(lines[2]).as("formula-like text is defused, numbers are not").startsWith("'=cmd,'=cmd,2,1,3.5,0.5,-12.5,");
        assertThat(lines[3]).isEqualTo("TOTAL,전체,2,1,3.5,0.5,-12.5,4,60,90,,,1,0,,0.5,4,3.5,,2.25,5");
        assertThat(lines[4]).isEmpty();
    }
}
