package com.inquirydesk.triage;

import com.inquirydesk.inquiry.Category;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Suggests a category when the customer picked none, by counting the category's key terms in the
 * subject (weighted double) and body. Ties and texts without any key term fall back to GENERAL.
 */
@Component
public class CategorySuggester {

    private static final Map<Category, List<String>> TERMS = new EnumMap<>(Map.of(
            Category.BILLING, List.of("결제", "카드", "청구", "영수증", "세금계산서", "이중", "승인", "요금", "입금", "결재"),
            Category.RETURN, List.of("반품", "환불", "교환", "취소", "반송", "회수", "불량"),
            Category.CONTRACT, List.of("계약", "해지", "약정", "위약금", "갱신", "해약"),
            Category.TECHNICAL, List.of("오류", "에러", "버그", "접속", "앱", "튕", "먹통", "로딩", "화면", "error"),
            Category.ACCOUNT, List.of("로그인", "비밀번호", "계정", "아이디", "회원", "탈퇴", "인증"),
            Category.GENERAL, List.of("배송", "문의", "영업시간", "주소", "택배")));

    public Category suggest(String subject, String body) {
        String s = normalise(subject);
        String b = normalise(body);
        Category best = Category.GENERAL;
        int bestScore = 0;
        for (Map.Entry<Category, List<String>> entry : TERMS.entrySet()) {
            int score = 0;
            for (String term : entry.getValue()) {
                score += 2 * occurrences(s, term) + occurrences(b, term);
            }
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase();
    }

    private static int occurrences(String text, String term) {
        int count = 0;
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length())) {
            count++;
        }
        return count;
    }
}
