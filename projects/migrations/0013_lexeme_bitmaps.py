from django.db import migrations

# Text search on bitmaps. Finding the projects of a broad query ("digitaler antrag" matches a
# quarter of all projects) through the GIN index means reading every match's row for its id,
# which grows with the matches (about 30 ms for 26,000 of them). Instead, the search page builds
# the scope of a text query from one bitmap per word (lexeme), as facet counts do (0009):
# 'digital' & 'antrag' is the AND of two bitmaps, whatever the number of matches.
#
# projects_lexeme_bitmap holds, per lexeme of the published projects' search vectors and per
# chunk of 8192 project ids, the bitmap of the projects whose vector contains it. Statement
# triggers keep it exact on every write, as those of 0009 do for facets (one row per lexeme and
# chunk: about 1 KB each, 57 MB at 100,000 demo projects). A transaction that changes lexeme
# bitmaps locks the facet bitmaps first, then these: every bitmap writer takes the locks in the
# same order, so writers queue instead of deadlocking.
#
# projects_facet_ids(chunk, bits) lists the ids of a chunk bitmap, highest first: the newest
# matches to rank come from the final bitmap instead of the matches' rows.
LEXEME_SQL = """
CREATE TABLE projects_lexeme_bitmap (
  lexeme text NOT NULL,
  chunk integer NOT NULL,
  bits bit varying NOT NULL,
  PRIMARY KEY (lexeme, chunk)
);

CREATE FUNCTION projects_lexeme_tokens(p projects_project) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT unnest(tsvector_to_array(p.search_vector)) WHERE p.publication_state = 'published'
$$;

CREATE FUNCTION projects_facet_ids(chunk integer, bits bit varying) RETURNS SETOF bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT chunk::bigint * 8192 + w.word * 64 + b.bit
    FROM generate_series(0, 127) AS w (word)
    CROSS JOIN LATERAL (SELECT substring(bits FROM w.word * 64 + 1 FOR 64)::bit(64)::bigint) AS v (value)
    CROSS JOIN LATERAL generate_series(0, 63) AS b (bit)
   WHERE v.value <> 0 AND (v.value >> (63 - b.bit)) & 1 = 1
   ORDER BY 1 DESC
$$;

CREATE FUNCTION projects_lexeme_bitmap_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added text := 'SELECT r.id, t.lexeme FROM new_rows r, projects_lexeme_tokens(r) AS t (lexeme)';
  removed text := 'SELECT r.id, t.lexeme FROM old_rows r, projects_lexeme_tokens(r) AS t (lexeme)';
  changed text;
  has_changes boolean;
  empty_lexemes text[];
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
  LOCK TABLE projects_facet_bitmap, projects_lexeme_bitmap IN SHARE ROW EXCLUSIVE MODE;
  EXECUTE format(
    'WITH flipped AS (
       INSERT INTO projects_lexeme_bitmap AS b (lexeme, chunk, bits)
       SELECT lexeme, projects_facet_chunk(id), projects_facet_bitmap_of(array_agg(id))
         FROM (%s) AS changed
        GROUP BY 1, 2
        ORDER BY 1, 2
       ON CONFLICT (lexeme, chunk) DO UPDATE SET bits = b.bits # EXCLUDED.bits
       RETURNING b.lexeme, b.chunk, b.bits)
     SELECT array_agg(lexeme), array_agg(chunk) FROM flipped WHERE bit_count(bits) = 0',
    changed) INTO empty_lexemes, empty_chunks;
  DELETE FROM projects_lexeme_bitmap AS b
   USING unnest(empty_lexemes, empty_chunks) AS e (lexeme, chunk)
   WHERE b.lexeme = e.lexeme AND b.chunk = e.chunk AND bit_count(b.bits) = 0;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_lexeme_bitmap_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM projects_lexeme_bitmap;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_lexeme_bitmap_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM projects_lexeme_bitmap;
  INSERT INTO projects_lexeme_bitmap (lexeme, chunk, bits)
  SELECT t.lexeme, projects_facet_chunk(p.id), projects_facet_bitmap_of(array_agg(p.id))
    FROM projects_project p, projects_lexeme_tokens(p) AS t (lexeme)
   GROUP BY 1, 2;
$$;

CREATE TRIGGER projects_lexeme_bitmap_insert AFTER INSERT ON projects_project
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_lexeme_bitmap_apply();
CREATE TRIGGER projects_lexeme_bitmap_update AFTER UPDATE ON projects_project
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_lexeme_bitmap_apply();
CREATE TRIGGER projects_lexeme_bitmap_delete AFTER DELETE ON projects_project
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_lexeme_bitmap_apply();
CREATE TRIGGER projects_lexeme_bitmap_truncate AFTER TRUNCATE ON projects_project
  FOR EACH STATEMENT EXECUTE FUNCTION projects_lexeme_bitmap_clear();

SELECT projects_lexeme_bitmap_rebuild();
"""

LEXEME_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_update ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_lexeme_bitmap_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_rebuild();
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_clear();
DROP FUNCTION IF EXISTS projects_lexeme_bitmap_apply();
DROP FUNCTION IF EXISTS projects_facet_ids(integer, bit varying);
DROP FUNCTION IF EXISTS projects_lexeme_tokens(projects_project);
DROP TABLE IF EXISTS projects_lexeme_bitmap;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0012_title_fold_gist")]

    operations = [migrations.RunSQL(LEXEME_SQL, LEXEME_REVERSE_SQL)]
