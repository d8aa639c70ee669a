-- The joining journey (issue 14): the guide's seven steps (rules/data/process.yaml), tracked per
-- vendor after the verdict. Steps are done in order, so a journey is the number of steps done
-- (a prefix 1..steps_done); who marked what and when is the append-only history below.
CREATE TABLE journeys (
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    steps_done INTEGER NOT NULL DEFAULT 0 CHECK (steps_done BETWEEN 0 AND 7),
    started_at TEXT NOT NULL,
    -- The last time a step was marked done or undone (stalled vendors, reminders).
    moved_at TEXT NOT NULL,
    -- Set by "不再提醒 / stop reminders", cleared by "恢复提醒 / resume reminders".
    reminders_off_at TEXT,
    last_reminded_at TEXT,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX journeys_moved ON journeys (moved_at);

-- action: 'start' (the journey began), 'done' / 'undo' (a step marked or unmarked),
-- 'confirm' (staff confirmed a step a vendor marked). source: 'chat', 'home', 'staff',
-- 'verdict', 'ticket', 'console'.
CREATE TABLE journey_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    step INTEGER NOT NULL CHECK (step BETWEEN 0 AND 7),
    action TEXT NOT NULL CHECK (action IN ('start', 'done', 'undo', 'confirm')),
    actor TEXT NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX journey_history_owner ON journey_history (team_id, user_id, id);
CREATE INDEX journey_history_at ON journey_history (at);

-- What the bot sees itself, marked where it is stored so every path (Slack, console, a later
-- form runner) marks it the same way, in the same transaction:
-- an eligible verdict starts the journey; a confirmed deposit ticket (its text states the
-- deposit was paid, and the guide files it after paying) marks steps 1-6 done.
-- CLI-issued tickets (team 'cli') belong to nobody and start nothing. No INSERT OR IGNORE in
-- the bodies: an outer upsert's conflict policy would override it (SQLite), so NOT EXISTS.
CREATE TRIGGER journey_starts_on_eligible_insert AFTER INSERT ON verdicts
WHEN NEW.status = 'eligible' AND NEW.team_id <> 'cli'
BEGIN
    INSERT INTO journey_history (team_id, user_id, step, action, actor, source, at)
    SELECT NEW.team_id, NEW.user_id, 0, 'start', 'bot', 'verdict', NEW.updated_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
    INSERT INTO journeys (team_id, user_id, started_at, moved_at)
    SELECT NEW.team_id, NEW.user_id, NEW.updated_at, NEW.updated_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
END;

CREATE TRIGGER journey_starts_on_eligible_update AFTER UPDATE OF status ON verdicts
WHEN NEW.status = 'eligible' AND NEW.team_id <> 'cli'
BEGIN
    INSERT INTO journey_history (team_id, user_id, step, action, actor, source, at)
    SELECT NEW.team_id, NEW.user_id, 0, 'start', 'bot', 'verdict', NEW.updated_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
    INSERT INTO journeys (team_id, user_id, started_at, moved_at)
    SELECT NEW.team_id, NEW.user_id, NEW.updated_at, NEW.updated_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
END;

CREATE TRIGGER journey_ticket_confirmed AFTER UPDATE OF status ON tickets
WHEN NEW.status = 'final' AND OLD.status <> 'final' AND NEW.team_id <> 'cli'
BEGIN
    INSERT INTO journey_history (team_id, user_id, step, action, actor, source, at)
    SELECT NEW.team_id, NEW.user_id, 0, 'start', 'bot', 'ticket', NEW.finalized_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
    INSERT INTO journeys (team_id, user_id, started_at, moved_at)
    SELECT NEW.team_id, NEW.user_id, NEW.finalized_at, NEW.finalized_at
    WHERE NOT EXISTS (
        SELECT 1 FROM journeys WHERE team_id = NEW.team_id AND user_id = NEW.user_id
    );
    INSERT INTO journey_history (team_id, user_id, step, action, actor, source, at)
    SELECT NEW.team_id, NEW.user_id, 6, 'done', NEW.user_id, 'ticket', NEW.finalized_at
    FROM journeys
    WHERE team_id = NEW.team_id AND user_id = NEW.user_id AND steps_done < 6;
    UPDATE journeys SET steps_done = 6, moved_at = NEW.finalized_at
    WHERE team_id = NEW.team_id AND user_id = NEW.user_id AND steps_done < 6;
END;
