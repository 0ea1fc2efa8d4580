-- The stream relay's memory (issue 5): written by the processor "stream-relay" in the transaction that also
-- stores its token, so integration events can carry a schedule's sport and a game's full state after a change.

CREATE TABLE relay_schedule (
    id     TEXT PRIMARY KEY,
    sport  TEXT NOT NULL,
    season TEXT NOT NULL
);

CREATE TABLE relay_game (
    id          TEXT PRIMARY KEY,
    schedule_id TEXT    NOT NULL,
    home        TEXT    NOT NULL,
    away        TEXT    NOT NULL,
    game_date   DATE    NOT NULL,
    start_time  TIME    NOT NULL,
    venue       TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    locked      BOOLEAN NOT NULL
);

CREATE TABLE relay_proposal (
    id      TEXT PRIMARY KEY,
    job_id  TEXT,
    added   INT              NOT NULL,
    removed INT              NOT NULL,
    moved   INT              NOT NULL,
    swapped INT              NOT NULL,
    hard    INT              NOT NULL,
    soft    DOUBLE PRECISION NOT NULL
);

CREATE TABLE relay_conflict (
    id           TEXT PRIMARY KEY,
    schedule_ids TEXT[] NOT NULL,
    sports       TEXT[] NOT NULL
);
