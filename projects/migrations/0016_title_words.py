from django.db import migrations

# The words of published project titles, for "did you mean" (projects/search.py, suggest()).
# Searching the nearest of a few thousand words in a trigram index takes a millisecond; the
# nearest of 100,000 whole titles by word similarity took 60–120 ms, because a long title's
# trigrams say little about each of its words.
#
# projects_title_word holds each folded word (kommunect_fold, at least three letters) with one
# spelling to show (the first in sort order of those counted while the word was in use: after
# its title changes, a spelling may outlive it) and the number of published projects whose
# title has it. Statement triggers
# add and subtract on every write, as those of 0009 and 0013 keep their bitmaps, and take the
# same locks first (facet bitmaps, lexeme bitmaps, then these words), so writers queue instead
# of deadlocking. A word leaves when no published title has it any more.
TITLE_WORDS_SQL = """
CREATE TABLE projects_title_word (
  folded text PRIMARY KEY,
  word text NOT NULL,
  projects integer NOT NULL
);
CREATE INDEX projects_title_word_trgm ON projects_title_word USING gist (folded gist_trgm_ops);

-- The words of a published project's title, each folded word once with one spelling.
CREATE FUNCTION projects_title_words(p projects_project) RETURNS TABLE (folded text, word text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT ON (1) kommunect_fold(m[1]), m[1]
    FROM regexp_matches(p.title, '[[:alpha:]][[:alnum:]_-]*', 'g') AS m
   WHERE p.publication_state = 'published' AND char_length(m[1]) > 2
   ORDER BY 1, 2
$$;

CREATE FUNCTION projects_title_word_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  added text := 'SELECT t.folded, t.word, 1 AS delta FROM new_rows r, projects_title_words(r) t';
  removed text := 'SELECT t.folded, t.word, -1 AS delta FROM old_rows r, projects_title_words(r) t';
  changes text;
  has_changes boolean;
  emptied text[];
BEGIN
  changes := format(
    'SELECT folded, min(word) AS word, sum(delta)::integer AS delta FROM (%s) AS c
      GROUP BY folded HAVING sum(delta) <> 0',
    CASE TG_OP
      WHEN 'INSERT' THEN added
      WHEN 'DELETE' THEN removed
      ELSE added || ' UNION ALL ' || removed
    END);
  EXECUTE format('SELECT EXISTS (%s)', changes) INTO has_changes;
  IF NOT has_changes THEN
    RETURN NULL;
  END IF;
  LOCK TABLE projects_facet_bitmap, projects_lexeme_bitmap, projects_title_word
    IN SHARE ROW EXCLUSIVE MODE;
  EXECUTE format(
    'WITH counted AS (
       INSERT INTO projects_title_word AS v (folded, word, projects)
       SELECT folded, word, delta FROM (%s) AS changes ORDER BY folded
       ON CONFLICT (folded) DO UPDATE
         SET projects = v.projects + EXCLUDED.projects, word = least(v.word, EXCLUDED.word)
       RETURNING v.folded, v.projects)
     SELECT array_agg(folded) FROM counted WHERE projects <= 0',
    changes) INTO emptied;
  DELETE FROM projects_title_word WHERE folded = ANY(emptied) AND projects <= 0;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_title_word_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM projects_title_word;
  RETURN NULL;
END
$$;

CREATE FUNCTION projects_title_word_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM projects_title_word;
  INSERT INTO projects_title_word (folded, word, projects)
  SELECT t.folded, min(t.word), count(*)
    FROM projects_project p, projects_title_words(p) t
   GROUP BY 1;
$$;

CREATE TRIGGER projects_title_word_insert AFTER INSERT ON projects_project
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_title_word_apply();
CREATE TRIGGER projects_title_word_update AFTER UPDATE ON projects_project
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_title_word_apply();
CREATE TRIGGER projects_title_word_delete AFTER DELETE ON projects_project
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION projects_title_word_apply();
CREATE TRIGGER projects_title_word_truncate AFTER TRUNCATE ON projects_project
  FOR EACH STATEMENT EXECUTE FUNCTION projects_title_word_clear();

SELECT projects_title_word_rebuild();
"""

TITLE_WORDS_REVERSE_SQL = """
DROP TRIGGER IF EXISTS projects_title_word_insert ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_update ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_delete ON projects_project;
DROP TRIGGER IF EXISTS projects_title_word_truncate ON projects_project;
DROP FUNCTION IF EXISTS projects_title_word_rebuild();
DROP FUNCTION IF EXISTS projects_title_word_clear();
DROP FUNCTION IF EXISTS projects_title_word_apply();
DROP FUNCTION IF EXISTS projects_title_words(projects_project);
DROP TABLE IF EXISTS projects_title_word;
"""


class Migration(migrations.Migration):
    dependencies = [("projects", "0015_lineage_acyclic")]

    operations = [migrations.RunSQL(TITLE_WORDS_SQL, TITLE_WORDS_REVERSE_SQL)]
