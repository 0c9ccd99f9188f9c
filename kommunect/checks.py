from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def operator_is_configured(app_configs, **kwargs):
    """The imprint (§ 5 DDG) needs the operator's name, address and e-mail."""
    operator = settings.KOMMUNECT_OPERATOR
    missing = [key for key in ("name", "address", "email") if not operator.get(key)]
    if not missing:
        return []
    return [
        checks.Warning(
            "The operator is incomplete: " + ", ".join(missing) + " missing.",
            hint="Set OPERATOR_NAME, OPERATOR_ADDRESS and OPERATOR_EMAIL for the imprint.",
            id="kommunect.W001",
        )
    ]
