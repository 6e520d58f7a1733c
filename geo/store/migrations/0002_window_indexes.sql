-- "What is shown on day D in this view" reads two indexes instead of one: the events shown for up
-- to a month (most of them: one-day reports) and the longer ones (checkpoints, routes, blockades).
-- In one index the long ones widen the date span of nearly every page, so a week's query visited
-- the pages of the months before it (1,330 pages for 4,800 features at 1,000,000 events; now 190).

-- The number of days an event is shown (no end: more than any).
CREATE FUNCTION shown_days(valid daterange) RETURNS integer
    IMMUTABLE PARALLEL SAFE LANGUAGE sql
    RETURN coalesce(upper(valid) - lower(valid), 2147483647);

DROP INDEX events_valid_geom;
CREATE INDEX events_short_valid_geom ON events USING gist (valid, geom) WHERE shown_days(valid) <= 31;
CREATE INDEX events_long_valid_geom ON events USING gist (valid, geom) WHERE shown_days(valid) > 31;
