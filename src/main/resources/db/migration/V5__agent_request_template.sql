-- "Connect me to an agent": what the customer is told, and what the agents who can take the inquiry read.
INSERT INTO message_template (code, locale, subject, body) VALUES
('AGENT_REQUEST_ACK', 'ko', '[{code}] 상담원 연결을 요청하셨습니다',
 '{customerName}님, 상담원 연결 요청을 받았습니다.
문의 {code}을(를) 먼저 살펴보도록 순서를 앞당기고 담당 상담원에게 바로 알렸습니다. 늦어도 {expectedBy}까지 상담원이 직접 답변드리겠습니다.
기다리시는 동안 더 알려 주실 내용이 있으면 이 문의에 남겨 주세요. 상담원이 함께 확인합니다.'),
('AGENT_REQUESTED', 'ko', '[{code}] 고객이 상담원 연결을 요청했습니다',
 '문의 {code}의 고객이 상담원과 직접 이야기하기를 원합니다. 우선순위를 {priority}(으)로 올렸습니다.
고객에게는 {expectedBy}까지 답변드린다고 안내했습니다. 대화 전체: {conversationUrl}');
