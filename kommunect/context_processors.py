from django.conf import settings


def operator(request):
    """The platform operator, shown in the footer and on the legal pages."""
    return {"operator": settings.KOMMUNECT_OPERATOR}
