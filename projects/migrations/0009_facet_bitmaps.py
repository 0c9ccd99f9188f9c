from django.db import migrations

# Facet counts of the search page (projects/search.py) come from bitmaps: for every facet value
# (status "completed", topic field 7, tag 12, …) a bitmap of the published projects that have
# it, one bit per project id. A count is then bit_count(value bitmap & mask of the matching
# projects), which costs the same for 100 or 100,000 matches, instead of grouping every matching
# row per facet.
#
# projects_facet_bitmap holds one row per (facet, value, chunk): chunk = id / 8192 and bit
# id % 8192 (1 KB per row, stored inline). The row ('published', '', chunk) holds every published
# project. Statement-level triggers keep the table exact on every INSERT, UPDATE, DELETE and
# TRUNCATE of projects_project: they flip (XOR) the bits of the tokens that a statement added or
# removed. A transaction that changes bitmaps holds a table lock on them until it commits, so
# concurrent writers queue instead of deadlocking; readers are never blocked. The facet columns
# the tokens are made of are filled by the BEFORE trigger of 0002.
# projects_facet_bitmap_rebuild() recomputes the table from scratch.
BITMAPS_SQL = """
CREATE TABLE projects_facet_bitmap (
  facet text NOT NULL,
  value text NOT NULL,
  chunk integer NOT NULL,
  bits bit varying NOT NULL,
  PRIMARY KEY (facet, value, chunk)
);

CREATE FUNCTION projects_facet_chunk(id bigint) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (id / 8192)::integer $$;

-- The bit of project ``id`` within its chunk.
CREATE FUNCTION projects_facet_position(id bigint) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (id % 8192)::integer $$;

-- The chunk bitmap of the given ids (all of one chunk). Built from 128 words of 64 bits: one
-- integer OR per id instead of one 1 KB bitmap per id.
CREATE FUNCTION projects_facet_bitmap_of(ids bigint[]) RETURNS bit varying
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(coalesce(w.bits, 0)::bit(64)::text, '' ORDER BY n.word)::bit varying
    FROM generate_series(0, 127) AS n (word)
    LEFT JOIN (SELECT projects_facet_position(id) / 64 AS word,
                      bit_or(1::bigint << (63 - projects_facet_position(id) % 64)) AS bits
                 FROM unnest(ids) AS id
                GROUP BY 1) AS w ON w.word = n.word
$$;

-- The facet values of one project row as (facet, value) pairs; none unless it is published.
-- The values are the facet columns as text, as projects/search.py names them.
CREATE FUNCTION projects_facet_tokens(p projects_project) RETURNS TABLE (facet text, value text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT t.facet, t.value
    FROM (VALUES ('published', ''),
                 ('kind', p.kind::text),
                 ('status', p.status::text),
                 ('state', p.facet_state_id::text),
                 ('owner_kind', nullif(p.facet_owner_kind, '')),
                 ('size', p.facet_population_class::text),
                 ('reuse', CASE WHEN p.reuse_offered THEN 'true' END),
                 ('oss', CASE WHEN p.is_open_source THEN 'true' END),
                 ('year', p.facet_start_year::text)
         ) AS t (facet, value)
   WHERE p.publication_state = 'published' AND t.value IS NOT NULL
  UNION ALL SELECT 'topic', unnest(p.facet_topic_ids)::text WHERE p.publication_state = 'published'
  UNION ALL SELECT 'situation', unnest(p.facet_life_situation_ids)::text
             WHERE p.publication_state = 'published'
  UNION ALL SELECT 'service', unnest(p.facet_service_ids)::text
             WHERE p.publication_state = 'published'
  UNION ALL SELECT 'tag', unnest(p.facet_tag_ids)::text WHERE p.publication_state = 'published'
$$;

CREATE FUNCTION projects_facet_bitmap_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added text := 'SELECT r.id, t.facet, t.value FROM new_rows r, projects_facet_tokens(r) t';
  removed text := 'SELECT r.id, t.facet, t.value FROM old_rows r, projects_facet_tokens(r) t';
  changed text;
  has_changes boolean;
  empty_facets text[];
  empty_values text[];
  empty_chunks integer[];
BEGIN
  changed := CASE TG_OP
    WHEN 'INSERT' THEN added
    WHEN 'DELETE' THEN removed
    ELSE format('(%1$s EXCEPT %2$s) UNION ALL (%2$s EXCEPT %1$s)', added, removed)
  END;
  EXECUTE format('SELECT EXISTS (%s)', changed) INTO has_changes;
  IF NOT has_changes THEN
    RETURN NULL;
  END IF;
  -- One writer of bitmaps at a time, until it commits. Row locks alone are taken in key order
  -- per statement only: an edit (status rows, then tag rows) and a publish (published row,
  -- then both) could wait for each other. Readers are not blocked.
  LOCK TABLE projects_facet_bitmap IN SHARE ROW EXCLUSIVE MODE;
  -- Every changed token flips its bit: set where it was added, cleared where it was removed.
  EXECUTE format(
    'WITH flipped AS (
       INSERT INTO projects_facet_bitmap AS b (facet, value, chunk, bits)
       SELECT facet, value, projects_facet_chunk(id), projects_facet_bitmap_of(array_agg(id))
         FROM (%s) AS changed
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
       ON CONFLICT (facet, value, chunk) DO UPDATE SET bits = b.bits # EXCLUDED.bits
       RETURNING b.facet, b.value, b.chunk, b.bits)
     SELECT array_agg(facet), array_agg(value), array_agg(chunk) FROM flipped
      WHERE bit_count(bits) = 0',
    changed) INTO empty_facets, empty_values, empty_chunks;
  -- Rows without any bit left go, so that counting never reads them.
  DELETE FROM projects_facet_bitmap AS b
   USING unnest(empty_facets, empty_values, empty_chunks) AS e (facet, value, chunk)
   WHERE b.facet = e.facet AND b.value = e.value AND b.chunk = e.chunk
     AND bit_count(b.bits) = 0;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_facet_bitmap_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM projects_facet_bitmap;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_facet_bitmap_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM projects_facet_bitmap;
  INSERT INTO projects_facet_bitmap (facet, value, chunk, bits)
  SELECT t.facet, t.value, projects_facet_chunk(p.id), projects_facet_bitmap_of(array_agg(p.id))
    FROM projects_project p, projects_facet_tokens(p) t
   GROUP BY 1, 2, 3;
$$;

CREATE TRIGGER projects_facet_bitmap_insert AFTER INSERT ON projects_project
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_facet_bitmap_apply();
CREATE TRIGGER projects_facet_bitmap_update AFTER UPDATE ON projects_project
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_facet_bitmap_apply();
CREATE TRIGGER projects_facet_bitmap_delete AFTER DELETE ON projects_project
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_facet_bitmap_apply();
CREATE TRIGGER projects_facet_bitmap_truncate AFTER TRUNCATE ON projects_project
  FOR EACH STATEMENT EXECUTE FUNCTION projects_facet_bitmap_clear();

SELECT projects_facet_bitmap_rebuild();
"""

BITMAPS_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_facet_bitmap_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_update ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_facet_bitmap_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_facet_bitmap_rebuild();
DROP FUNCTION IF EXISTS projects_facet_bitmap_clear();
DROP FUNCTION IF EXISTS projects_facet_bitmap_apply();
DROP FUNCTION IF EXISTS projects_facet_tokens(projects_project);
DROP FUNCTION IF EXISTS projects_facet_position(bigint);
DROP FUNCTION IF EXISTS projects_facet_bitmap_of(bigint[]);
DROP FUNCTION IF EXISTS projects_facet_chunk(bigint);
DROP TABLE IF EXISTS projects_facet_bitmap;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0008_unguessable_upload_paths")]

    operations = [migrations.RunSQL(BITMAPS_SQL, BITMAPS_REVERSE_SQL)]
