-- Notices the support team asked for: an apology while a queue is unusually long, and on written
-- channels a word that answers take longer there than on chat or phone, with the expected time.
INSERT INTO message_template (code, locale, subject, body) VALUES
('SURGE_APOLOGY', 'ko', '[{code}] 답변이 평소보다 늦어질 수 있습니다',
 '{customerName}님, 지금 {categoryLabel} 문의가 한꺼번에 몰려 답변이 평소보다 늦어질 수 있습니다. 기다리시게 해서 죄송합니다.
접수된 순서와 급한 정도에 따라 빠짐없이 살펴보고 있으니 조금만 기다려 주세요.'),
('WRITTEN_CHANNEL_NOTICE', 'ko', '[{code}] 답변 예상 시각 안내',
 '{channelLabel}(으)로 주신 문의는 상담원이 내용을 차례로 확인한 뒤 답장을 드려 채팅이나 전화보다 답변이 조금 더 걸립니다.
{expectedFirstResponseBy}까지 답변드릴 예정입니다. 급하시면 고객센터 채팅에서 0을 입력해 상담원과 바로 이야기하실 수 있습니다.');
