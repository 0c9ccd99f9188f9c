"""Technology categories of demo archetypes: key → (category, typical products).

Products are real product or standard names that municipalities use; the generator writes
"category: product" into a project's technology field. Keys are fixed: archetypes name them.
"""

TECHNOLOGIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "antragsstrecke": (
        "Online-Antragsstrecke",
        ("Formularserver des Landesportals", "Form-Solutions", "cit intelliForm"),
    ),
    "fit_connect": ("Anbindung über FIT-Connect", ("FIT-Connect Zustelldienst",)),
    "servicekonto": ("Nutzerkonto", ("BundID", "Servicekonto des Landes")),
    "epayment": ("Online-Bezahlung", ("ePayBL", "pmPayment", "GiroSolution")),
    "eakte": ("E-Akte und Dokumentenmanagement", ("enaio", "d.velop documents", "VIS-Suite")),
    "fachverfahren": (
        "Fachverfahren mit XÖV-Schnittstelle",
        ("XÖV-Schnittstelle des Fachverfahrens", "OSCI-Transport"),
    ),
    "terminvergabe": ("Online-Terminvergabe", ("TEVIS", "Qmatic", "Frontdesk")),
    "gis": ("Geoinformationssystem", ("QGIS", "Masterportal", "GeoServer")),
    "open_data": ("Open-Data-Portal", ("CKAN", "DKAN", "GovData-Anbindung (DCAT-AP.de)")),
    "sensorik": ("Sensorik und LoRaWAN", ("LoRaWAN-Gateways", "The Things Stack", "Node-RED")),
    "chatbot": ("Chatbot", ("Rasa", "Chatbot des Landesportals")),
    "low_code": ("Low-Code-Plattform", ("Low-Code-Plattform des IT-Dienstleisters",)),
    "beteiligung": ("Beteiligungsplattform", ("CONSUL", "Decidim", "DIPAS")),
    "app": ("Web-App", ("Progressive Web App", "Stadt-App")),
    "cms": ("Web-Content-Management", ("TYPO3", "Drupal")),
    "kollaboration": ("Zusammenarbeit", ("Nextcloud", "Matrix/Element", "openDesk")),
    "posteingang": ("Digitaler Posteingang", ("Scanstraße mit Texterkennung",)),
    "automatisierung": ("Prozessautomatisierung", ("Camunda (BPMN)", "RPA-Software")),
    "dashboard": ("Daten-Dashboard", ("Grafana", "Apache Superset", "Power BI")),
    "lernplattform": ("Lernplattform", ("Moodle", "itslearning", "Schul-Cloud des Landes")),
    "video": ("Videoberatung", ("BigBlueButton", "Jitsi Meet")),
    "eid": ("Online-Ausweisfunktion", ("AusweisApp", "eID-Service des Landes")),
    "raumbuchung": ("Raum- und Ressourcenbuchung", ("Buchungssystem des Serviceportals",)),
    "wlan": ("Öffentliches WLAN", ("Freifunk", "WLAN-Netz der Stadtwerke")),
}
