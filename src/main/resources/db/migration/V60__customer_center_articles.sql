-- Customer center: article types for the portal's notices/FAQ/guides, and a read count for "most read".
ALTER TABLE kb_article ADD COLUMN article_type VARCHAR(20) NOT NULL DEFAULT 'GUIDE';
ALTER TABLE kb_article ADD COLUMN view_count INT NOT NULL DEFAULT 0;

UPDATE kb_article SET article_type = 'FAQ'
 WHERE slug IN ('refund-timeline', 'payment-failed', 'login-trouble', 'delivery-status');

INSERT INTO kb_article (slug, title, body, category, segment, keywords, status, publish_at, updated_at, article_type) VALUES
('year-end-delivery-notice', '연말 배송 및 고객센터 운영 안내',
 '12월 24일부터 1월 2일까지는 택배 물량이 늘어 배송이 1~3일 늦어질 수 있습니다. 고객센터 전화 상담은 12월 31일과 1월 1일에 쉬며, 온라인 문의는 평소처럼 받습니다.',
 'GENERAL', NULL, '배송,연말,운영,휴무', 'PUBLISHED', '2026-11-20 00:00:00', '2026-11-20 00:00:00', 'NOTICE'),
('clinic-booking-refund', '병원 예약 취소 시 예약금 환불',
 '병원 회원사의 첫 진료 예약을 취소하면 예약금은 취소 시점에 따라 환불됩니다. 진료 하루 전까지 취소하면 전액, 당일 취소는 절반이 환불됩니다.',
 'RETURN', 'clinic', '예약,예약금,취소,환불,병원', 'PUBLISHED', '2026-01-05 00:00:00', '2026-01-05 00:00:00', 'GUIDE');

INSERT INTO kb_article_version (article_id, version, title, body, category, editor, created_at)
SELECT id, version, title, body, category, 'system', updated_at FROM kb_article
 WHERE slug IN ('year-end-delivery-notice', 'clinic-booking-refund');
