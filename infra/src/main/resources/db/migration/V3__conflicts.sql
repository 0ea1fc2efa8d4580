-- Conflicts across schedules (issue 4, conflict-detection saga).

-- The read model: one row per conflict, open or resolved, written by the projection "conflicts" from the
-- conflict register's events and rebuilt by a replay like the other read-model tables.
CREATE TABLE conflict (
    id            TEXT PRIMARY KEY,
    rule_id       TEXT        NOT NULL,
    rule          TEXT        NOT NULL,
    severity      TEXT        NOT NULL,
    reason        TEXT        NOT NULL,
    conflict_date DATE        NOT NULL,
    venue         TEXT,
    teams         TEXT[]      NOT NULL,
    sports        TEXT[]      NOT NULL,
    schedules     TEXT[]      NOT NULL,
    games         JSONB       NOT NULL,
    open          BOOLEAN     NOT NULL,
    detected_at   TIMESTAMPTZ NOT NULL,
    resolved_at   TIMESTAMPTZ,
    resolution    TEXT
);
CREATE INDEX conflict_teams ON conflict USING GIN (teams);
CREATE INDEX conflict_sports ON conflict USING GIN (sports);
CREATE INDEX conflict_open_date ON conflict (open, conflict_date);

-- The saga's memory, not read model: written only by the processor "conflict-detection", in the transaction
-- that stores its token and the commands' events, and never rebuilt (the saga is not replayed).
CREATE SCHEMA IF NOT EXISTS conflict_detection;

CREATE TABLE conflict_detection.schedule (
    id    TEXT PRIMARY KEY,
    sport TEXT NOT NULL
);

CREATE TABLE conflict_detection.game (
    id          TEXT PRIMARY KEY,
    schedule_id TEXT NOT NULL REFERENCES conflict_detection.schedule (id) ON DELETE CASCADE,
    sport       TEXT NOT NULL,
    home        TEXT NOT NULL,
    away        TEXT NOT NULL,
    game_date   DATE NOT NULL,
    start_time  TIME NOT NULL,
    venue       TEXT NOT NULL
);
CREATE INDEX game_venue_date ON conflict_detection.game (venue, game_date);
CREATE INDEX game_home_date ON conflict_detection.game (home, game_date);
CREATE INDEX game_schedule_home ON conflict_detection.game (schedule_id, home);
CREATE INDEX game_schedule_away ON conflict_detection.game (schedule_id, away);

-- Each open conflict under the keys the saga finds it by again (game:<id>, itinerary:<schedule>/<team>,
-- schedule:<id>); a resolved conflict has no rows.
CREATE TABLE conflict_detection.open_conflict (
    conflict_id TEXT NOT NULL,
    key         TEXT NOT NULL,
    PRIMARY KEY (conflict_id, key)
);
CREATE INDEX open_conflict_key ON conflict_detection.open_conflict (key);
