-- Hand-written (ent does not model it): the rate-limit counters every replica
-- shares (package ratelimit, Postgres store). UNLOGGED: counters are
-- throw-away state of the current minute, so they skip the WAL and a crash
-- merely resets them; the function takes every budget of one request all or
-- nothing, in one round trip, locking rows in key order so two requests never
-- deadlock.

-- +goose Up
CREATE UNLOGGED TABLE IF NOT EXISTS keybs_rate_counters (
    key        text        NOT NULL,
    window_end timestamptz NOT NULL,
    count      integer     NOT NULL,
    PRIMARY KEY (key, window_end)
);

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION keybs_rate_take(p_keys text[], p_max integer[], p_end timestamptz[], p_start integer[], p_cost integer[], p_take boolean)
RETURNS TABLE (allowed boolean, counts integer[])
LANGUAGE plpgsql AS $$
DECLARE
    i integer;
    c integer;
    cs integer[] := '{}';
BEGIN
    FOR i IN 1 .. coalesce(array_length(p_keys, 1), 0) LOOP
        IF p_take THEN
            INSERT INTO keybs_rate_counters (key, window_end, count)
            VALUES (p_keys[i], p_end[i], p_start[i])
            ON CONFLICT (key, window_end) DO NOTHING;
            SELECT r.count INTO c FROM keybs_rate_counters r
            WHERE r.key = p_keys[i] AND r.window_end = p_end[i]
            FOR UPDATE;
        ELSE
            -- A peek creates nothing: an absent window would start at p_start.
            SELECT coalesce(max(r.count), p_start[i]) INTO c FROM keybs_rate_counters r
            WHERE r.key = p_keys[i] AND r.window_end = p_end[i];
        END IF;
        cs := cs || c;
        IF c + p_cost[i] > p_max[i] THEN
            RETURN QUERY SELECT false, cs;
            RETURN;
        END IF;
    END LOOP;
    IF p_take THEN
        UPDATE keybs_rate_counters r SET count = r.count + t.n
        FROM unnest(p_keys, p_end, p_cost) AS t(k, e, n)
        WHERE r.key = t.k AND r.window_end = t.e;
    END IF;
    RETURN QUERY SELECT true, cs;
END
$$;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION IF EXISTS keybs_rate_take(text[], integer[], timestamptz[], integer[], integer[], boolean);
DROP TABLE IF EXISTS keybs_rate_counters;
