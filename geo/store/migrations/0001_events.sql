-- Events as in data/events.csv, one row per thing on the map, with their geometry
-- (SRID 4326: lon/lat) and the days they are shown, and the map layers as views.
-- Needs the postgis and btree_gist extensions (created here when the role may).

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE events (
    -- The order events were saved in: "changes since version N" is seq > N.
    seq               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                text NOT NULL UNIQUE,
    layer             text NOT NULL CHECK (layer IN ('corridors', 'shelling', 'checkpoints', 'other')),
    kind              text NOT NULL,
    status            text NOT NULL DEFAULT ''
                      CHECK (status IN ('', 'open', 'blockaded', 'planned', 'proposed', 'closed')),
    place             text NOT NULL,            -- as reported; corridor waypoints ';'-separated
    start_date        date NOT NULL,
    end_date          date CHECK (end_date >= start_date),   -- NULL: still in force
    date_precision    text NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    geo_precision     text NOT NULL CHECK (geo_precision IN ('site', 'town', 'district', 'region')),
    claimed_by        text NOT NULL,            -- who asserts it: two sides' claims are two rows
    description       text NOT NULL DEFAULT '',
    source            text NOT NULL,
    source_url        text NOT NULL DEFAULT '',
    quote             text NOT NULL DEFAULT '',
    -- Geocoded when saved, as the build does.
    place_label       text,
    place_armenian    text,
    place_azerbaijani text,
    geo_source        text,
    geom              geometry(Geometry, 4326) NOT NULL
                      CHECK (GeometryType(geom) IN ('POINT', 'LINESTRING')),
    -- The days the map shows it (geo.timeline): a point event and a shelling report through
    -- their last day; a route or checkpoint up to the day before its end; no end: never ends.
    valid             daterange GENERATED ALWAYS AS (
                          CASE WHEN end_date IS NOT NULL AND (end_date = start_date OR layer = 'shelling')
                               THEN daterange(start_date, end_date, '[]')
                               ELSE daterange(start_date, end_date, '[)') END) STORED,
    saved_at          timestamptz NOT NULL DEFAULT now(),
    -- The same report saved twice is one row: place, layer, kind, day, claimant and source,
    -- folded (case, accents, punctuation, spacing) by geo.store.natural_key, '|'-joined.
    natural_key       text NOT NULL CONSTRAINT events_natural_key UNIQUE
);

-- "What is shown on day D (or in a window) in this view": both conditions in one index.
CREATE INDEX events_valid_geom ON events USING gist (valid, geom);
-- Ids by prefix (a save looks for the free "<id>-2", "<id>-3"… whatever the server's collation).
CREATE INDEX events_id_prefix ON events (id text_pattern_ops);
-- The corridors alone (a save checks that a road keeps one state per day).
CREATE INDEX events_corridors ON events (start_date) WHERE layer = 'corridors';

-- One view per map layer, with the columns of the GeoJSON layers, so that QGIS (and anything
-- else) reads them as ordinary layers. The geometry stays the table's column (not cast to a
-- typed one) so that a view's bounding-box filter still uses the index.
CREATE VIEW corridors AS
    SELECT seq, id, layer, kind, status, place, start_date, end_date, date_precision, geo_precision,
           claimed_by, description, source, source_url, quote,
           place_label, place_armenian, place_azerbaijani, geo_source,
           geom
    FROM events WHERE layer = 'corridors';

CREATE VIEW shelling AS
    SELECT seq, id, layer, kind, status, place, start_date, end_date, date_precision, geo_precision,
           claimed_by, description, source, source_url, quote,
           place_label, place_armenian, place_azerbaijani, geo_source,
           geom
    FROM events WHERE layer = 'shelling';

CREATE VIEW checkpoints AS
    SELECT seq, id, layer, kind, status, place, start_date, end_date, date_precision, geo_precision,
           claimed_by, description, source, source_url, quote,
           place_label, place_armenian, place_azerbaijani, geo_source,
           geom
    FROM events WHERE layer = 'checkpoints';

CREATE VIEW other AS
    SELECT seq, id, layer, kind, status, place, start_date, end_date, date_precision, geo_precision,
           claimed_by, description, source, source_url, quote,
           place_label, place_armenian, place_azerbaijani, geo_source,
           geom
    FROM events WHERE layer = 'other';
