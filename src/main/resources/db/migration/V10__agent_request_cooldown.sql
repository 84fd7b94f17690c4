-- When a customer's "connect me to an agent" last raised the priority and alerted the staff;
-- repeated requests within the cooldown are answered without doing either again.
ALTER TABLE inquiry ADD COLUMN last_agent_request_at DATETIME(6);
