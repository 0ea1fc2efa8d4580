-- Exports (issue 6): a subscribed calendar must see a cancelled game as cancelled and a moved game as an update, so
-- the read model keeps cancelled games with their status, and counts the changes a calendar shows (iCalendar's
-- SEQUENCE). The schedule and games reads keep showing only scheduled games.
-- Rows written before this migration start at 0 changes and without their cancelled games: a rebuild of the
-- projection "schedules" derives both from the history (the count only grows, so calendars still update).

ALTER TABLE game ADD COLUMN status  TEXT NOT NULL DEFAULT 'SCHEDULED';
ALTER TABLE game ADD COLUMN changes INT  NOT NULL DEFAULT 0;
CREATE INDEX game_schedule_status ON game (schedule_id, status);
