"""Topic field 3, Bildung: Schulanmeldung, Schülerbeförderung, Hort, Bibliothek und Archiv."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10041": "Gemeinde/Kreis als Schulträger: Schulanmeldung an kommunalen Schulen",
    "10037": "Kreis/kreisfreie Stadt als Schulträger der berufsbildenden Schulen",
    "10042": "Kreis/kreisfreie Stadt: Träger der Schülerbeförderung",
    "10040": "Gemeinde: Träger von Hort und offener Ganztagsschule",
    "10058": "Gemeinde/Stadt: Stadtbibliothek und Stadtarchiv",
}

ARCHETYPES = (
    Archetype(
        key="schulanmeldung-online",
        topic_field=3,
        titles=(
            "Online-Schulanmeldung für die weiterführenden Schulen {in_ort}",
            "Digitale Schulanmeldung {in_ort}",
        ),
        summaries=(
            "Eltern {in_ort} melden ihr Kind online an der weiterführenden Schule an. Die "
            "Schulen sehen Erst- und Zweitwünsche und vergeben Plätze im selben System.",
            "{Ort} hat die Schulanmeldung digitalisiert: ein Portal für alle städtischen Schulen, "
            "Zeugnis als Upload, Zusage per E-Mail.",
            "Kein Anstehen im Sekretariat mehr: Die Anmeldung an Grund- und weiterführenden "
            "Schulen {in_ort} läuft online, Doppelanmeldungen fallen sofort auf.",
            "Der Schulträger {ort} bietet ein Online-Portal für die Schulanmeldung. Die "
            "Schulsekretariate übernehmen die Daten direkt in die Schulverwaltungssoftware.",
        ),
        description=Section(
            ausgangslage=(
                "Zur Anmeldung an weiterführenden Schulen standen Eltern {in_ort} in den "
                "Sekretariaten Schlange. Doppelanmeldungen an mehreren Schulen fielen erst "
                "Wochen später auf.",
                "Jede Schule {in_ort} nahm Anmeldungen auf eigenen Papierbögen an. Der "
                "Schulträger hatte keinen Überblick über Anmeldezahlen und Kapazitäten.",
            ),
            umsetzung=(
                "Ein gemeinsames Online-Portal nimmt Anmeldungen mit Erst- und Zweitwunsch "
                "an. Schulen sehen ihre Anmeldungen, der Schulträger die Gesamtlage. Die Daten "
                "gehen per Schnittstelle in die Schulverwaltungssoftware.",
                "Eltern melden sich mit dem Nutzerkonto an und laden das Halbjahreszeugnis hoch. "
                "Für Familien ohne Internetzugang bieten die Schulen weiterhin Termine an.",
            ),
            ergebnis=(
                "Die Platzvergabe ist einige Wochen früher abgeschlossen, Doppelanmeldungen "
                "gibt es nicht mehr.",
                "Sekretariate sparen die Erfassung, Eltern den Weg in die Schule.",
            ),
            erfahrungen=(
                "Schulleitungen früh einbinden: Sie mussten ihr Aufnahmeverfahren an das "
                "Portal anpassen.",
                "Mehrsprachige Hinweise und eine Telefonhotline in der Anmeldewoche waren "
                "unverzichtbar.",
            ),
        ),
        services=("10041",),
        processes=("99088003000000", "99088008000000"),
        technology=("antragsstrecke", "servicekonto", "fachverfahren"),
        target_groups=("citizens", "administration"),
        carriers=(STADT, KREIS),
        tags=("Schule", "Schulanmeldung", "Schulträger", "Online-Antrag"),
        costs=Costs(
            small=((5_000, 15_000), (1_000, 3_000)),
            medium=((15_000, 40_000), (3_000, 8_000)),
            large=((30_000, 90_000), (6_000, 15_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="schuelerbefoerderung",
        topic_field=3,
        titles=(
            "Schülerbeförderung online beantragen {in_ort}",
            "Digitaler Antrag auf Schülerfahrkarte und Fahrtkostenerstattung",
        ),
        summaries=(
            "Eltern {in_ort} beantragen die Schülerfahrkarte online. Der Anspruch wird anhand "
            "der Entfernung zur Schule automatisch vorgeprüft.",
            "{Ort} hat die Schülerbeförderung digitalisiert: Antrag mit Adressprüfung, "
            "Bewilligung im Fachverfahren, Übermittlung an das Verkehrsunternehmen.",
            "Schülerbeförderung ohne Papierantrag: Zum Schuljahresbeginn stellen Familien "
            "{in_ort} Anträge auf Fahrkarte und Fahrtkostenerstattung online.",
            "Das Schulamt {in_ort} prüft Anträge auf Schülerbeförderung mit einer "
            "Routenberechnung im Geoinformationssystem statt mit dem Lineal auf der Karte.",
        ),
        description=Section(
            ausgangslage=(
                "Zum Schuljahresbeginn gingen {in_ort} Tausende Papieranträge auf "
                "Schülerbeförderung ein. Die Entfernung zur Schule wurde einzeln ermittelt.",
                "Die Anträge liefen über die Schulen zum Kreis und von dort zum "
                "Verkehrsunternehmen. Fahrkarten kamen oft erst nach Schulbeginn.",
            ),
            umsetzung=(
                "Der Online-Antrag berechnet den Schulweg mit Routing auf Basis der Geodaten und "
                "zeigt gleich, ob ein Anspruch besteht. Bewilligte Anträge gehen als Datei an "
                "das Verkehrsunternehmen.",
                "Schulen bestätigen den Schulbesuch im selben System. Fahrtkostenerstattungen "
                "werden mit Belegupload beantragt und über das Finanzverfahren ausgezahlt.",
            ),
            ergebnis=(
                "Die meisten Fahrkarten liegen vor Schulbeginn vor. Die Sachbearbeitung "
                "spart die Entfernungsprüfung.",
                "Eltern erhalten sofort eine Rückmeldung zum Anspruch; Widersprüche sind "
                "seltener geworden.",
            ),
            erfahrungen=(
                "Die Qualität der Wegedaten entscheidet. Wir haben Fußwege mit Schulen und "
                "Ortsteilen nachgepflegt.",
                "Das Verkehrsunternehmen früh beteiligen: das Austauschformat war der "
                "aufwendigste Teil.",
            ),
        ),
        services=("10042",),
        processes=("99088011000000",),
        technology=("antragsstrecke", "gis", "fachverfahren"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Schülerbeförderung", "Schule", "Mobilität", "Online-Antrag"),
        costs=Costs(
            small=((10_000, 25_000), (2_000, 5_000)),
            medium=((15_000, 40_000), (3_000, 8_000)),
            large=((25_000, 80_000), (5_000, 15_000)),
        ),
    ),
    Archetype(
        key="ganztag-anmeldung",
        topic_field=3,
        titles=(
            "Online-Anmeldung für Hort und Ganztagsbetreuung {in_ort}",
            "Ganztag digital: Anmeldung, Elternbeiträge und Mittagessen",
        ),
        summaries=(
            "Eltern {in_ort} melden ihr Grundschulkind online für Hort oder offene "
            "Ganztagsschule an. Die Elternbeiträge werden automatisch berechnet.",
            "{ort} bereitet sich auf den Rechtsanspruch auf Ganztagsbetreuung vor: eine "
            "Online-Anmeldung für alle Grundschulen und eine Übersicht freier Plätze.",
            "Hortplätze {in_ort} werden nicht mehr per Papierliste vergeben. Anmeldung, "
            "Zusage und Beitragsbescheid laufen digital.",
            "Mit der Online-Anmeldung zur Ganztagsbetreuung {in_ort} sehen Schulen und "
            "Schulverwaltung dieselben Zahlen und planen Gruppen früher.",
        ),
        description=Section(
            ausgangslage=(
                "Ab 2026 gilt schrittweise der Rechtsanspruch auf Ganztagsbetreuung. {ort} "
                "hatte keinen Überblick über Nachfrage und Plätze an den Grundschulen.",
                "Anmeldungen für Hort und Ganztag liefen {in_ort} über Zettel in der Schule, "
                "Beiträge wurden von Hand berechnet.",
            ),
            umsetzung=(
                "Ein Online-Formular nimmt Anmeldungen für alle Standorte an und fragt das "
                "Einkommen für die Beitragsstaffel ab. Die Schulverwaltung vergibt Plätze in "
                "einer Übersicht, Bescheide werden automatisch erzeugt.",
                "Wir haben die Anmeldung an das Kita-Verwaltungsprogramm angebunden, das auch "
                "die Elternbeiträge abrechnet.",
            ),
            ergebnis=(
                "Nachfrage und Kapazitäten sind pro Schule sichtbar. Die Platzvergabe ist "
                "früher abgeschlossen.",
                "Beitragsbescheide entstehen ohne Abtippen, Fehler bei der Staffelung sind "
                "selten geworden.",
            ),
            erfahrungen=(
                "Mit den freien Trägern des Ganztags frühzeitig die Datenflüsse klären.",
                "Ein Pilot an zwei Schulen vor dem Start für alle hat viele Fehler gezeigt.",
            ),
        ),
        services=("10040",),
        processes=("99088033000000",),
        technology=("antragsstrecke", "fachverfahren", "epayment"),
        target_groups=("citizens", "administration"),
        carriers=(GEMEINDE,),
        tags=("Ganztag", "Hort", "Schule", "Familie"),
        costs=Costs(
            small=((3_000, 10_000), (500, 2_000)),
            medium=((8_000, 25_000), (1_500, 5_000)),
            large=((20_000, 60_000), (4_000, 12_000)),
        ),
    ),
    Archetype(
        key="berufsschule-anmeldung",
        topic_field=3,
        titles=(
            "Online-Anmeldung an den berufsbildenden Schulen {in_ort}",
            "Digitale Anmeldung für Auszubildende an der Berufsschule",
        ),
        summaries=(
            "Ausbildungsbetriebe {in_ort} melden ihre Auszubildenden online an der "
            "Berufsschule an. Die Daten gehen direkt in die Schulverwaltung.",
            "{Ort} als Schulträger der berufsbildenden Schulen bietet eine gemeinsame "
            "Online-Anmeldung für Betriebe und Vollzeitschülerinnen und -schüler.",
            "Statt Anmeldebogen per Fax: Betriebe {in_ort} melden Auszubildende online an und "
            "erhalten eine Bestätigung mit Klassenzuordnung.",
            "Die berufsbildenden Schulen {in_ort} nutzen ein Anmeldeportal, das auch "
            "Bildungsgänge mit Aufnahmevoraussetzungen abbildet.",
        ),
        description=Section(
            ausgangslage=(
                "Zu Ausbildungsbeginn erreichten die Berufsschulen {in_ort} Anmeldebögen per "
                "Fax, Post und E-Mail. Die Sekretariate tippten alles in die Schulverwaltung ab.",
                "Betriebe wussten oft nicht, welche Schule für welchen Beruf zuständig ist.",
            ),
            umsetzung=(
                "Ein Portal führt Betriebe über den Ausbildungsberuf zur zuständigen Schule. "
                "Die Anmeldedaten werden per Schnittstelle in die Schulverwaltungssoftware "
                "übernommen.",
                "Für Vollzeitbildungsgänge laden Bewerberinnen und Bewerber ihre Zeugnisse "
                "hoch; die Schulen entscheiden im Portal über die Aufnahme.",
            ),
            ergebnis=(
                "Die Klassenbildung ist zu Schuljahresbeginn abgeschlossen, die Sekretariate "
                "sind in der Spitzenzeit entlastet.",
                "Betriebe erhalten schneller Klarheit, wann ihre Auszubildenden zur Schule gehen.",
            ),
            erfahrungen=(
                "Kammern und Innungen haben das Portal bei ihren Betrieben bekannt gemacht; "
                "ohne sie wäre die Nutzung gering geblieben.",
                "Die Schnittstelle zur Schulverwaltungssoftware des Landes brauchte eine "
                "Abstimmung mit dem Kultusministerium.",
            ),
        ),
        services=("10037",),
        processes=("99019019000000",),
        technology=("antragsstrecke", "fachverfahren"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Berufsschule", "Ausbildung", "Schulträger", "Online-Antrag"),
        costs=Costs(
            small=((8_000, 20_000), (1_500, 4_000)),
            medium=((10_000, 30_000), (2_000, 6_000)),
            large=((20_000, 60_000), (4_000, 10_000)),
        ),
    ),
    Archetype(
        key="digitaler-lesesaal",
        topic_field=3,
        titles=(
            "Digitaler Lesesaal des Stadtarchivs {ort}",
            "Bibliothek und Archiv online: Ausweis, Ausleihe und Recherche",
        ),
        summaries=(
            "Das Stadtarchiv {ort} stellt digitalisierte Bestände online und nimmt "
            "Benutzungsanträge digital an. Häufig gefragte Akten sind ohne Besuch einsehbar.",
            "Stadtbibliothek und Archiv {in_ort} bieten Bibliotheksausweis, Fernleihe und "
            "Archivrecherche online an.",
            "{ort} macht sein Stadtarchiv digital zugänglich: Findbücher online, Scans auf "
            "Bestellung, Benutzungsantrag mit Online-Bezahlung.",
            "Wer zur Geschichte von {ort} forscht, findet Findbücher, Adressbücher und "
            "Fotos im digitalen Lesesaal.",
        ),
        description=Section(
            ausgangslage=(
                "Das Stadtarchiv {in_ort} war nur an drei Tagen geöffnet. Anfragen von "
                "Familienforschenden und Bauherren mit Altbauten stapelten sich.",
                "Findbücher lagen nur auf Papier im Lesesaal. Wer etwas suchte, musste "
                "vorbeikommen oder schreiben.",
            ),
            umsetzung=(
                "Die Findbücher wurden in eine Archivsoftware übernommen und online gestellt. "
                "Häufig genutzte Bestände wie Adressbücher und Bauakten wurden gescannt.",
                "Benutzungsanträge und Reproduktionsaufträge kommen über ein Online-Formular "
                "mit Bezahlung. Scans werden als Download bereitgestellt.",
            ),
            ergebnis=(
                "Ein Großteil der Anfragen lässt sich ohne Besuch beantworten. Der Lesesaal ist "
                "für aufwendige Recherchen frei.",
                "Die Zahl der Nutzerinnen und Nutzer ist gestiegen, viele kommen von außerhalb.",
            ),
            erfahrungen=(
                "Urheber- und Persönlichkeitsrechte bei Fotos früh prüfen; nicht alles darf "
                "online.",
                "Die Schnittstelle zum Archivportal des Landes hat Reichweite gebracht.",
            ),
        ),
        services=("10058",),
        processes=("99077015000000", "99077014000000"),
        technology=("cms", "epayment", "eakte"),
        target_groups=("citizens",),
        carriers=(STADT,),
        tags=("Archiv", "Bibliothek", "Kultur", "Digitalisierung"),
        costs=Costs(
            small=((5_000, 20_000), (1_000, 3_000)),
            medium=((15_000, 50_000), (2_000, 6_000)),
            large=((40_000, 150_000), (5_000, 15_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="kreisweites-schulportal",
        topic_field=3,
        titles=(
            "Idee: Gemeinsames Anmeldeportal aller Schulträger {in_ort}",
            "Ein Schulanmeldeportal für Kreis und Gemeinden",
        ),
        summaries=(
            "Kreis und Gemeinden {in_ort} sind Schulträger für verschiedene Schulformen. Ein "
            "gemeinsames Anmeldeportal würde Eltern einen Weg für alle Schulen bieten.",
            "Idee: Ein Anmeldeportal für Grundschulen, weiterführende und berufsbildende "
            "Schulen {in_ort}, betrieben vom Kreis für alle Schulträger.",
            "Wir wollen die Schulanmeldung {in_ort} über Schulträgergrenzen hinweg bündeln "
            "und suchen Kreise mit Erfahrung.",
            "Doppelanmeldungen an Schulen verschiedener Träger fallen {in_ort} spät auf. Ein "
            "gemeinsames Portal könnte das lösen.",
        ),
        description=Section(
            ausgangslage=(
                "Jeder Schulträger {in_ort} organisiert die Anmeldung anders. Eltern mit "
                "mehreren Kindern an verschiedenen Schulformen kennen mehrere Verfahren.",
                "Die Schulentwicklungsplanung braucht kreisweite Anmeldezahlen, die heute erst "
                "spät und unvollständig vorliegen.",
            ),
            umsetzung=(
                "Der Kreis würde ein Portal betreiben, an das sich Gemeinden als Schulträger "
                "anschließen. Jede Schule sieht nur ihre Anmeldungen, die Planung sieht "
                "anonymisierte Gesamtzahlen.",
                "Denkbar ist die Nachnutzung eines bestehenden Portals einer Stadt, erweitert "
                "um mehrere Schulträger.",
            ),
            ergebnis=(
                "Ein Verfahren für alle Eltern, frühere Planungssicherheit für Schulen und "
                "Schulträger.",
                "Kleinere Gemeinden müssten keine eigene Lösung beschaffen.",
            ),
            erfahrungen=(
                "Wir suchen Kreise, die ein gemeinsames Portal betreiben, und Gemeinden, die "
                "mitmachen wollen.",
                "Gesucht: Erfahrungen mit Zweckvereinbarungen zwischen Kreis und Gemeinden für "
                "IT-Dienste.",
            ),
        ),
        services=("10041", "10037"),
        processes=("99088008000000", "99019019000000"),
        technology=("antragsstrecke", "servicekonto"),
        target_groups=("citizens", "administration"),
        carriers=(KREIS,),
        tags=("Schule", "Schulanmeldung", "Interkommunale Zusammenarbeit"),
        costs=Costs(
            small=((10_000, 30_000), (2_000, 5_000)),
            medium=((20_000, 50_000), (4_000, 8_000)),
            large=((40_000, 100_000), (6_000, 15_000)),
        ),
        is_idea=True,
    ),
)
