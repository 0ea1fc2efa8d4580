-- The read model: built only by the projections from the event store, and dropped and rebuilt by a replay.
-- Axon's own tables (domainevententry, tokenentry, ...) live in the public schema and are not Flyway's.

CREATE TABLE schedule (
    id              TEXT PRIMARY KEY,
    sport           TEXT        NOT NULL,
    season          TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    window_start    DATE        NOT NULL,
    window_end      DATE        NOT NULL,
    game_days       TEXT[]      NOT NULL,
    teams           TEXT[]      NOT NULL,
    team_blackouts  JSONB       NOT NULL,
    venue_blackouts JSONB       NOT NULL,
    version         BIGINT      NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX schedule_sport_season ON schedule (sport, season);

CREATE TABLE game (
    id          TEXT PRIMARY KEY,
    schedule_id TEXT        NOT NULL REFERENCES schedule (id),
    home        TEXT        NOT NULL,
    away        TEXT        NOT NULL,
    game_date   DATE        NOT NULL,
    start_time  TIME        NOT NULL,
    venue       TEXT        NOT NULL,
    locked      BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX game_schedule_date ON game (schedule_id, game_date);

-- One row per team and game: a school's whole calendar across sports is one indexed read.
CREATE TABLE team_calendar (
    team        TEXT NOT NULL,
    game_id     TEXT NOT NULL REFERENCES game (id) ON DELETE CASCADE,
    schedule_id TEXT NOT NULL,
    sport       TEXT NOT NULL,
    game_date   DATE NOT NULL,
    start_time  TIME NOT NULL,
    opponent    TEXT NOT NULL,
    home_away   TEXT NOT NULL,
    venue       TEXT NOT NULL,
    PRIMARY KEY (team, game_id)
);
CREATE INDEX team_calendar_team_date ON team_calendar (team, game_date);
