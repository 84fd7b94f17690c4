-- Who was given which inquiry when. Every assignment adds a row here instead of updating the agent's
-- profile row, which concurrent assignments to the same agent fought over. "Waiting longest since the
-- last assignment" (the round robin among equally loaded agents) is read from here.
CREATE TABLE agent_assignment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      VARCHAR(64)  NOT NULL,
    inquiry_id   BIGINT       NOT NULL,
    assigned_at  DATETIME(6)  NOT NULL
);
CREATE INDEX ix_agent_assignment_user ON agent_assignment (user_id, assigned_at);

ALTER TABLE agent_profile DROP COLUMN last_assigned_at;
