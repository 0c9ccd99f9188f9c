"""SQL fragments naming what a project row relates to, for the texts the search reads: the
weighted vector (``projects.search_index``) and the words of "did you mean"
(``projects.search_words``). Fragments with tags expect the parameter ``%(content_type)s``
(``params()``)."""

from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag, TaggedItem

from projects.models import Project


def params() -> dict:
    return {"content_type": ContentType.objects.get_for_model(Project).pk}


def tag_names(alias: str) -> str:
    """SQL: the names of the tags of project row ``alias``, space-separated."""
    return f"""(SELECT string_agg(t.name, ' ' ORDER BY t.name)
               FROM {TaggedItem._meta.db_table} ti
               JOIN {Tag._meta.db_table} t ON t.id = ti.tag_id
              WHERE ti.content_type_id = %(content_type)s AND ti.object_id = {alias}.id)"""


def related_values(alias: str, relation: str, column: str) -> str:
    """SQL: ``column`` of the rows that project row ``alias`` relates to through its
    many-to-many field ``relation`` ("services", "processes", …), space-separated."""
    field = Project._meta.get_field(relation)
    through = field.remote_field.through._meta.db_table
    return f"""(SELECT string_agg(x.{column}, ' ' ORDER BY x.{column})
               FROM {through} j
               JOIN {field.related_model._meta.db_table} x ON x.id = j.{field.m2m_reverse_name()}
              WHERE j.{field.m2m_column_name()} = {alias}.id)"""
