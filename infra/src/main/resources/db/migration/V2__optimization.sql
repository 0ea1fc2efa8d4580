-- Optimization jobs and their proposals, built by JobProjection from the job and proposal events.

CREATE TABLE optimization_job (
    id                  TEXT PRIMARY KEY,
    schedule_id         TEXT        NOT NULL,
    state               TEXT        NOT NULL, -- QUEUED, RUNNING, COMPLETED, CANCELLED, FAILED
    mode                TEXT,                 -- GENERATE or IMPROVE, once started
    time_limit_seconds  INT         NOT NULL,
    seed                BIGINT      NOT NULL,
    keep_published      BOOLEAN     NOT NULL,
    callback_url        TEXT,
    schedule_version    BIGINT      NOT NULL,
    requested_by        TEXT,
    requested_at        TIMESTAMPTZ NOT NULL,
    started_at          TIMESTAMPTZ,
    ended_at            TIMESTAMPTZ,
    cancel_requested    BOOLEAN     NOT NULL DEFAULT false,
    best_hard           INT,
    best_soft           DOUBLE PRECISION,
    best_elapsed_millis BIGINT,
    iterations          BIGINT,
    proposal_id         TEXT,
    failure             TEXT
);
CREATE INDEX optimization_job_schedule ON optimization_job (schedule_id, requested_at);
CREATE INDEX optimization_job_open ON optimization_job (state) WHERE state IN ('QUEUED', 'RUNNING');

CREATE TABLE webhook_attempt (
    job_id    TEXT        NOT NULL REFERENCES optimization_job (id) ON DELETE CASCADE,
    attempt   INT         NOT NULL,
    url       TEXT        NOT NULL,
    status    INT         NOT NULL,
    error     TEXT,
    delivered BOOLEAN     NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_id, attempt)
);

CREATE TABLE proposal (
    id               TEXT PRIMARY KEY,
    job_id           TEXT             NOT NULL,
    schedule_id      TEXT             NOT NULL,
    based_on_version BIGINT           NOT NULL,
    state            TEXT             NOT NULL, -- OPEN, ADOPTED, REJECTED, EXPIRED
    hard_violations  INT              NOT NULL,
    soft_score       DOUBLE PRECISION NOT NULL,
    travel_miles     DOUBLE PRECISION NOT NULL,
    rules            JSONB            NOT NULL,
    diff             JSONB            NOT NULL,
    games            JSONB            NOT NULL,
    created_at       TIMESTAMPTZ      NOT NULL,
    closed_at        TIMESTAMPTZ,
    closed_reason    TEXT,
    adopted_version  BIGINT
);
CREATE INDEX proposal_schedule ON proposal (schedule_id, created_at);

-- db-scheduler's table (in public, beside Axon's): the proposal-expiry deadlines, kept across restarts.
-- Created here so it exists before the scheduler first polls.
CREATE TABLE IF NOT EXISTS public.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX IF NOT EXISTS execution_time_idx ON public.scheduled_tasks (execution_time);
CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON public.scheduled_tasks (last_heartbeat);
CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON public.scheduled_tasks (priority DESC, execution_time ASC);
