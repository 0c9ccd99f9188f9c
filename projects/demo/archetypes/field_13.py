"""Topic field 13, Umwelt: Abfallwirtschaft, Baumschutz of the cities, untere Wasser- and
Bodenschutzbehörde of the Kreis, Gebühren and Hochwasservorsorge of the Gemeinde."""

from projects.demo.archetypes import GEMEINDE, KREIS, STADT, Archetype, Costs, Section

MUNICIPAL_SERVICES = {
    "10110": "Kreis oder Gemeinde: öffentlich-rechtlicher Entsorgungsträger",
    "10112": "Stadt: Umweltamt (Baumschutzsatzung)",
    "10502": "Kreis: untere Wasserbehörde",
    "10488": "Kreis: untere Wasserbehörde",
    "10491": "Kreis: untere Wasserbehörde",
    "10485": "Kreis: untere Bodenschutzbehörde",
    "10123": "Gemeinde: Gebührenstelle der Wasserversorgung und Abwasserbeseitigung",
    "10253": "Gemeinde: Hochwasser- und Starkregenvorsorge",
}

ARCHETYPES = (
    Archetype(
        key="sperrmuell-online",
        topic_field=13,
        titles=(
            "Sperrmüll online anmelden – Abfallwirtschaft {ort}",
            "Sperrmüllabholung mit Wunschtermin und Online-Bezahlung",
        ),
        summaries=(
            "Sperrmüll, Elektrogroßgeräte und Grünschnitt werden bei der Abfallwirtschaft "
            "{ort} online zur Abholung angemeldet. Die Bürgerinnen und Bürger wählen einen "
            "Termin aus der Tourenplanung und bezahlen direkt.",
            "Die Sperrmüllkarte auf Papier hat ausgedient: Anmeldungen kommen online, die "
            "Tourenplanung übernimmt sie ohne Abtippen.",
            "Rund 30.000 Sperrmüllanmeldungen im Jahr, früher per Karte und Telefon, heute zu "
            "über 80 % online. Die Abfallberatung {ort} hat wieder Zeit für Beratung.",
            "Online-Anmeldung mit Terminwahl, Erinnerung am Vortag und Rückmeldung, wenn etwas "
            "nicht mitgenommen wurde: So läuft die Sperrmüllabfuhr der Abfallwirtschaft {ort} "
            "jetzt.",
        ),
        description=Section(
            ausgangslage=(
                "Die Abfallwirtschaft nahm jährlich rund 30.000 Sperrmüllanmeldungen "
                "entgegen, per Anmeldekarte aus dem Abfallkalender oder am Telefon. Im "
                "Frühjahr war die Hotline tagelang überlastet, Termine wurden von Hand "
                "in die Touren eingeplant.",
                "Viele Beschwerden betrafen nicht mitgenommene Gegenstände, weil "
                "angemeldete Mengen und tatsächliche Haufen nicht übereinstimmten.",
            ),
            umsetzung=(
                "Das Online-Formular fragt Art und Menge ab und bietet freie Termine aus "
                "der Tourenplanung an. Gebührenpflichtige Zusatzleistungen werden online "
                "bezahlt. Am Vortag gibt es eine Erinnerung mit den wichtigsten Regeln.",
                "- Termine direkt aus der Tourenplanung des Fachverfahrens\n"
                "- Mengenangabe mit Bildern typischer Gegenstände\n"
                "- Online-Bezahlung für Expressabholung und größere Mengen\n"
                "- Rückmeldung der Fahrer per Tablet, wenn etwas stehen bleibt",
            ),
            ergebnis=(
                "Über 80 % der Anmeldungen kommen online. Die Hotline ist auch im "
                "Frühjahr erreichbar, und die Beschwerden über nicht abgeholten "
                "Sperrmüll gingen um etwa ein Drittel zurück.",
                "Die Tourenplanung ist gleichmäßiger ausgelastet. Die Anmeldekarten "
                "im Abfallkalender entfallen, das spart Druckkosten.",
            ),
            erfahrungen=(
                "Die Mengenangabe ist schwieriger als gedacht. Beispielbilder haben "
                "mehr geholfen als lange Erklärtexte.",
                "Die telefonische Anmeldung bleibt für ältere Menschen wichtig. Wir "
                "haben sie nicht abgeschafft, aber die Wartezeiten sind jetzt kurz.",
            ),
        ),
        services=("10110",),
        processes=("99001009000000",),
        technology=("antragsstrecke", "epayment", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(KREIS,),
        tags=("Sperrmüll", "Abfallwirtschaft", "Online-Anmeldung", "Tourenplanung"),
        costs=Costs(
            small=((8_000, 15_000), (2_000, 4_000)),
            medium=((15_000, 30_000), (3_000, 7_000)),
            large=((30_000, 70_000), (6_000, 15_000)),
        ),
    ),
    Archetype(
        key="abfall-app",
        topic_field=13,
        titles=(
            "Abfall-App und digitaler Abfuhrkalender – {ort}",
            "Abfuhrtermine, Erinnerungen und Behälteränderungen in einer App",
        ),
        summaries=(
            "Die Abfall-App der Abfallberatung {ort} zeigt die Abfuhrtermine für jede Adresse "
            "und erinnert am Vorabend. Behälter lassen sich online an-, ab- und ummelden.",
            "Statt gedrucktem Abfuhrkalender für alle Haushalte gibt es die Termine "
            "adressgenau in einer Web-App, mit Erinnerung und Hinweisen bei Verschiebungen.",
            "Mit der Abfall-App der Abfallberatung {ort} wissen die Haushalte, wann welche "
            "Tonne dran ist. Feiertagsverschiebungen und Ausfälle bei Glätte werden als "
            "Nachricht verschickt.",
            "Abfuhrkalender, Wertstoffhöfe, Schadstoffmobil und Behälteränderung: Die "
            "Abfallberatung {ort} hat alles in einer App gebündelt, die auch ohne Installation "
            "im Browser läuft.",
        ),
        description=Section(
            ausgangslage=(
                "Jedes Jahr wurde ein Abfuhrkalender an alle Haushalte verteilt, in "
                "mehreren Bezirksvarianten. Verschiebungen nach Feiertagen oder wegen "
                "Glätte erfuhren viele erst, wenn die Tonne stehen blieb.",
                "Änderungen an Behältern, etwa eine größere Restmülltonne, wurden per "
                "Formular und Telefon beantragt und im Fachverfahren von Hand erfasst.",
            ),
            umsetzung=(
                "Die Abfuhrtermine werden aus dem Fachverfahren für jede Adresse "
                "bereitgestellt. Die Web-App zeigt sie als Kalender, erinnert per "
                "Nachricht und bietet einen Kalenderexport. Behälteränderungen gehen als "
                "Online-Antrag ein.",
                "- Adresssuche mit Straßenverzeichnis\n"
                "- Erinnerung am Vorabend, wahlweise per App oder E-Mail\n"
                "- Standorte und Öffnungszeiten der Wertstoffhöfe auf der Karte\n"
                "- Online-Antrag für An-, Ab- und Ummeldung von Behältern",
            ),
            ergebnis=(
                "Nach zwei Jahren nutzt etwa ein Drittel der Haushalte die App. Die "
                "Auflage des gedruckten Kalenders wurde halbiert.",
                "Anrufe wegen nicht geleerter Tonnen sind nach Feiertagen deutlich "
                "seltener. Behälteränderungen kommen zu etwa 60 % online.",
            ),
            erfahrungen=(
                "Die Qualität der Adressdaten entscheidet alles. Ein Abgleich mit dem "
                "amtlichen Straßenverzeichnis war der aufwendigste Schritt.",
                "Den gedruckten Kalender ganz abzuschaffen, hätte zu viele Menschen "
                "ausgeschlossen. Er ist jetzt auf Anfrage erhältlich.",
            ),
        ),
        services=("10110",),
        processes=("99001007000000", "99001003000000", "99001002000000"),
        technology=("app", "antragsstrecke", "gis"),
        target_groups=("citizens",),
        carriers=(KREIS, GEMEINDE),
        tags=("Abfall", "Abfuhrkalender", "App", "Abfallberatung"),
        costs=Costs(
            small=((3_000, 8_000), (1_000, 2_500)),
            medium=((10_000, 25_000), (2_500, 6_000)),
            large=((25_000, 60_000), (6_000, 14_000)),
        ),
        open_source=True,
    ),
    Archetype(
        key="baumfaellantrag-online",
        topic_field=13,
        titles=(
            "Antrag auf Baumfällung nach der Baumschutzsatzung online – {ort}",
            "Baumschutz digital: Fällanträge mit Karte und Fotos",
        ),
        summaries=(
            "Wer in {ort} einen geschützten Baum fällen möchte, stellt den Antrag online mit "
            "Standort in der Karte und Fotos. Das Umweltamt prüft, ob der Baum überhaupt unter "
            "die Satzung fällt, bevor jemand hinausfährt.",
            "Fällanträge nach der Baumschutzsatzung kommen online, mit Stammumfang, Fotos und "
            "Lageplan. Die Bearbeitungszeit sank von sechs auf drei Wochen.",
            "Das Umweltamt in {ort} bearbeitet Anträge auf Baumfällung digital und hält "
            "Ersatzpflanzungen im Baumkataster fest.",
            "Kartenbasierter Fällantrag, digitale Ortsbesichtigung und Auflagen für "
            "Ersatzpflanzungen: Der Baumschutz in {ort} läuft jetzt ohne Papierakte.",
        ),
        description=Section(
            ausgangslage=(
                "Das Umweltamt erhält jedes Jahr viele Anträge auf Fällung "
                "geschützter Bäume. Viele betrafen Bäume, die gar nicht unter die "
                "Satzung fallen; trotzdem wurde oft eine Ortsbesichtigung angesetzt.",
                "Ob eine auferlegte Ersatzpflanzung tatsächlich erfolgt ist, wurde selten "
                "kontrolliert, weil die Auflagen in Papierakten verstreut waren.",
            ),
            umsetzung=(
                "Der Online-Antrag fragt Standort per Karte, Baumart, Stammumfang und "
                "Begründung ab und verlangt Fotos. Eine Vorprüfung zeigt an, ob der "
                "Baum geschützt ist. Bescheide und Auflagen werden im "
                "Geoinformationssystem mit dem Baumkataster verknüpft.",
                "- Kartenauswahl des Standorts mit Flurstück\n"
                "- Automatischer Hinweis, wenn der Stammumfang unter der Schutzgrenze liegt\n"
                "- Wiedervorlage für die Kontrolle der Ersatzpflanzung\n"
                "- Anträge von Baufirmen und Wohnungsunternehmen mit Sammelliste",
            ),
            ergebnis=(
                "Rund 75 % der Anträge kommen online. Etwa jeder fünfte Antrag erledigt "
                "sich schon durch die Vorprüfung, Ortsbesichtigungen sind seltener.",
                "Die Kontrolle der Ersatzpflanzungen ist systematisch geworden. Die "
                "Zahl der nachgewiesenen Pflanzungen hat sich etwa verdoppelt.",
            ),
            erfahrungen=(
                "Gute Fotos ersetzen viele Ortstermine. Eine Anleitung, was auf den "
                "Bildern zu sehen sein muss, ist unverzichtbar.",
                "Die Verknüpfung mit dem Baumkataster der Grünflächenpflege war "
                "aufwendiger als geplant, hat sich aber gelohnt.",
            ),
        ),
        services=("10112",),
        processes=("99093003000000",),
        technology=("antragsstrecke", "gis", "eakte"),
        target_groups=("citizens", "businesses"),
        carriers=(STADT,),
        tags=("Baumschutz", "Baumfällung", "Umweltamt", "GIS"),
        costs=Costs(
            small=((5_000, 12_000), (1_000, 2_500)),
            medium=((10_000, 25_000), (2_000, 5_000)),
            large=((20_000, 50_000), (4_000, 10_000)),
        ),
    ),
    Archetype(
        key="erdwaerme-brunnen-anzeige",
        topic_field=13,
        titles=(
            "Erdwärmesonden und Brunnen online anzeigen – untere Wasserbehörde {ort}",
            "Digitale Anzeige von Erdaufschlüssen und Grundwassernutzung",
        ),
        summaries=(
            "Bohrfirmen und Bauherren zeigen Erdwärmesonden und Gartenbrunnen bei der unteren "
            "Wasserbehörde {ort} online an. Die Karte zeigt sofort, ob der Standort in einem "
            "Wasserschutzgebiet liegt.",
            "Mit dem Boom der Wärmepumpen stiegen die Anzeigen für Erdwärmesonden stark. Die "
            "untere Wasserbehörde hat darauf mit einem Online-Verfahren und einer "
            "Standortprüfung in der Karte reagiert.",
            "Anzeige, Erlaubnis und Bohrprotokoll digital: Die untere Wasserbehörde {ort} "
            "bearbeitet Anträge für Erdwärme und Brunnen in einem durchgängigen Verfahren.",
            "Wer eine Erdwärmesonde plant, erfährt bei der unteren Wasserbehörde {ort} schon "
            "beim Ausfüllen, ob eine Erlaubnis nötig ist und welche Auflagen typischerweise "
            "gelten.",
        ),
        description=Section(
            ausgangslage=(
                "Die Zahl der Anträge für Erdwärmesonden hat sich binnen drei Jahren mehr "
                "als verdreifacht. Die untere Wasserbehörde prüfte jeden Standort einzeln "
                "in Karten zu Wasserschutzgebieten und Altlasten.",
                "Anzeigen kamen auf Papier mit unterschiedlichen Plänen. Bohrprotokolle "
                "nach Abschluss der Arbeiten fehlten häufig.",
            ),
            umsetzung=(
                "Das Online-Formular prüft den Standort gegen Wasserschutzgebiete, "
                "Altlastenflächen und hydrogeologisch kritische Bereiche und zeigt das "
                "Ergebnis an. Je nach Lage ist eine Anzeige ausreichend oder eine "
                "Erlaubnis nötig. Nach der Bohrung lädt die Bohrfirma das Protokoll hoch.",
                "- Standortprüfung im Geoinformationssystem\n"
                "- Anzeige oder Antrag auf Erlaubnis im selben Formular\n"
                "- Upload der Bohrprotokolle durch die Bohrfirma\n"
                "- Bescheide mit Standardauflagen aus Textbausteinen",
            ),
            ergebnis=(
                "Rund 85 % der Anträge kommen online, überwiegend über Bohrfirmen. "
                "Einfache Fälle werden in einer Woche erledigt.",
                "Bohrprotokolle liegen inzwischen für fast alle Anlagen vor. Die Daten "
                "fließen in das Wasserbuch und helfen bei künftigen Standortprüfungen.",
            ),
            erfahrungen=(
                "Die Bohrfirmen früh einzubinden war richtig. Sie haben das Formular "
                "getestet und nutzen es heute fast ausschließlich.",
                "Die Karten müssen aktuell sein. Wir haben die Aktualisierung der "
                "Schutzgebietsdaten fest eingeplant.",
            ),
        ),
        services=("10502", "10488"),
        processes=("99129025000000", "99129011000000"),
        technology=("antragsstrecke", "gis", "fachverfahren"),
        target_groups=("citizens", "businesses"),
        carriers=(KREIS,),
        tags=("Erdwärme", "Grundwasser", "Wasserbehörde", "Wärmepumpe"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 4_000)),
            medium=((15_000, 35_000), (3_000, 6_000)),
            large=((25_000, 60_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="altlastenauskunft-online",
        topic_field=13,
        titles=(
            "Online-Auskunft aus dem Altlastenkataster – {ort}",
            "Altlastenauskunft für Grundstückskäufe und Bauvorhaben",
        ),
        summaries=(
            "Notariate, Banken und Grundstückskäufer beantragen Auskünfte aus dem "
            "Altlastenkataster {ort} online. Die Bodenschutzbehörde antwortet bei unbelasteten "
            "Flächen innerhalb weniger Tage.",
            "Die Auskunft aus dem Altlastenkataster ist für fast jeden Grundstücksverkauf "
            "gefragt. Mit dem Online-Antrag und einer Kartenprüfung dauert sie nicht mehr "
            "Wochen.",
            "Die untere Bodenschutzbehörde {ort} hat ihr Altlastenkataster ins "
            "Geoinformationssystem überführt und bietet Auskünfte online mit Gebührenzahlung "
            "an.",
            "Rund 2.500 Auskunftsanträge im Jahr, zwei Drittel davon zu Flächen ohne Eintrag: "
            "Diese Fälle erledigt die Bodenschutzbehörde {ort} jetzt mit einem "
            "standardisierten Bescheid.",
        ),
        description=Section(
            ausgangslage=(
                "Die untere Bodenschutzbehörde beantwortet jährlich rund 2.500 Anfragen "
                "zum Altlastenkataster, vor allem von Notariaten und Banken. Die Anfragen "
                "kamen per Brief oder E-Mail, jede Fläche wurde von Hand in Karten und "
                "Listen gesucht.",
                "Die Bearbeitungszeit lag bei drei bis vier Wochen. Notariate beklagten, "
                "dass Kaufverträge deshalb verschoben werden mussten.",
            ),
            umsetzung=(
                "Das Kataster wurde in das Geoinformationssystem übernommen. Der "
                "Online-Antrag fragt das Flurstück ab und prüft es gegen das Kataster. "
                "Flächen ohne Eintrag erhalten einen Standardbescheid, alle anderen "
                "gehen in die fachliche Prüfung. Die Gebühr wird online bezahlt.",
                "- Übernahme der Katasterflächen ins Geoinformationssystem\n"
                "- Online-Antrag mit Flurstücksauswahl\n"
                "- Standardbescheid für Flächen ohne Eintrag\n"
                "- Online-Bezahlung der Verwaltungsgebühr",
            ),
            ergebnis=(
                "Rund 80 % der Anträge kommen online. Flächen ohne Eintrag werden in "
                "zwei bis drei Arbeitstagen beschieden, die übrigen in etwa zwei Wochen.",
                "Die Fachleute haben mehr Zeit für belastete Flächen und Sanierungsbegleitung.",
            ),
            erfahrungen=(
                "Die Digitalisierung des Katasters hat Datenlücken offengelegt. Einige "
                "Flächen mussten neu abgegrenzt werden.",
                "Notariate nutzen das Verfahren gern, wenn die Bescheide schnell kommen. "
                "Die Verlässlichkeit ist wichtiger als weitere Funktionen.",
            ),
        ),
        services=("10485",),
        processes=("99020001000000",),
        technology=("gis", "antragsstrecke", "epayment"),
        target_groups=("businesses", "citizens"),
        carriers=(KREIS,),
        tags=("Altlasten", "Bodenschutz", "Grundstücke", "GIS"),
        costs=Costs(
            small=((10_000, 20_000), (2_000, 4_000)),
            medium=((15_000, 35_000), (3_000, 6_000)),
            large=((30_000, 70_000), (5_000, 12_000)),
        ),
    ),
    Archetype(
        key="wasserzaehler-online",
        topic_field=13,
        titles=(
            "Zählerstand und Gebührenbescheid online – {ort}",
            "Wasser- und Abwassergebühren: Zählerstandsmeldung im Internet",
        ),
        summaries=(
            "Einmal im Jahr melden die Haushalte in {ort} ihren Wasserzählerstand. Das geht "
            "jetzt online oder per QR-Code auf der Ablesekarte, die Daten fließen direkt in "
            "die Gebührenberechnung.",
            "Ablesekarten auf Papier, abgetippte Zählerstände, Rückfragen bei Zahlendrehern: "
            "{ort} hat die Zählerstandsmeldung digitalisiert.",
            "Die Gebührenstelle erhält Zählerstände online, prüft sie automatisch auf "
            "Plausibilität und verschickt Bescheide schneller.",
            "Rund drei Viertel der Zählerstände in {ort} kommen online. Auffällige Verbräuche, "
            "etwa durch einen Rohrbruch, werden sofort erkannt.",
        ),
        description=Section(
            ausgangslage=(
                "Jedes Jahr verschickte die Gemeinde Ablesekarten an alle "
                "Grundstückseigentümer. Die zurückgesandten Karten wurden im "
                "Finanzverfahren abgetippt, fehlende Karten geschätzt.",
                "Zahlendreher und Schätzungen führten zu Widersprüchen gegen die "
                "Gebührenbescheide und zu Nachberechnungen.",
            ),
            umsetzung=(
                "Die Ablesekarte enthält jetzt einen QR-Code, der zu einem "
                "vorausgefüllten Online-Formular führt. Der eingegebene Stand wird mit "
                "dem Vorjahr verglichen; bei großen Abweichungen fragt das Formular "
                "nach. Die Daten gehen gesammelt in das Finanzverfahren.",
                "- QR-Code mit Zählernummer auf der Ablesekarte\n"
                "- Plausibilitätsprüfung gegen den Vorjahresverbrauch\n"
                "- Upload eines Fotos vom Zähler, wenn gewünscht\n"
                "- Sammelübernahme in die Gebührenberechnung",
            ),
            ergebnis=(
                "Rund 75 % der Zählerstände kommen online. Das Abtippen der "
                "Ablesekarten entfällt, Schätzungen sind seltener.",
                "Auffällige Verbräuche werden früh erkannt; mehrere Haushalte wurden "
                "so auf einen Rohrbruch aufmerksam.",
            ),
            erfahrungen=(
                "Der QR-Code war der Schlüssel. Ohne ihn nutzten in der Testphase nur "
                "wenige das Formular.",
                "Mittelfristig sind funkauslesbare Zähler geplant. Das Online-Formular "
                "überbrückt die Zeit bis dahin günstig.",
            ),
        ),
        services=("10123",),
        technology=("antragsstrecke", "fachverfahren"),
        target_groups=("citizens",),
        carriers=(GEMEINDE,),
        tags=("Wassergebühren", "Zählerstand", "Gebühren", "Abwasser"),
        costs=Costs(
            small=((2_000, 6_000), (500, 1_500)),
            medium=((5_000, 12_000), (1_000, 3_000)),
            large=((10_000, 25_000), (2_000, 6_000)),
        ),
    ),
    Archetype(
        key="pegel-starkregen-sensorik",
        topic_field=13,
        titles=(
            "Pegelmessung an kleinen Gewässern mit LoRaWAN – {ort}",
            "Frühwarnung bei Starkregen mit eigenen Sensoren",
        ),
        summaries=(
            "Kleine Bäche in {ort} werden bei Starkregen schnell gefährlich, aber niemand "
            "misst ihren Pegel. Die Idee: günstige Sensoren an Brücken und Durchlässen, die "
            "Feuerwehr und Bauhof warnen.",
            "Mit einem LoRaWAN-Netz und Pegelsensoren an kritischen Stellen will {ort} früher "
            "auf Hochwasser reagieren. Gesucht werden Partner mit Erfahrung.",
            "Vorschlag für ein gemeinsames Projekt: Pegel- und Niederschlagssensoren an "
            "kleinen Gewässern, Daten in einem offenen Dashboard, Warnungen an die "
            "Einsatzkräfte.",
            "Nach dem letzten Starkregen kam die Warnung in {ort} zu spät. Wir planen ein "
            "Sensornetz an Bächen und Durchlässen und suchen Kommunen, die mitmachen.",
        ),
        description=Section(
            ausgangslage=(
                "Bei einem Starkregen liefen mehrere Keller voll, ein Durchlass unter "
                "einer Gemeindestraße war verstopft. Die amtlichen Pegel liegen an den "
                "großen Flüssen, für die kleinen Bäche im Gemeindegebiet gibt es keine "
                "Messungen.",
                "Feuerwehr und Bauhof fahren bei Unwetterwarnungen bekannte "
                "Gefahrenstellen ab. Das bindet Personal, das anderswo fehlt.",
            ),
            umsetzung=(
                "Geplant sind Ultraschall-Pegelsensoren an rund zehn Stellen und zwei "
                "Regenmesser, verbunden über LoRaWAN. Die Daten laufen in ein Dashboard, "
                "Grenzwerte lösen Nachrichten an Feuerwehr und Bauhof aus.",
                "Die nächsten Schritte:\n\n"
                "1. Auswahl der Messstellen mit Feuerwehr und Gewässerunterhaltung\n"
                "2. Test von zwei Sensortypen über einen Winter\n"
                "3. Dashboard und Alarmierung, zunächst intern",
            ),
            ergebnis=(
                "Erhofft wird eine Vorwarnzeit von einer halben bis einer Stunde an den "
                "kritischen Durchlässen und weniger Kontrollfahrten.",
                "Die Messreihen würden außerdem die Starkregengefahrenkarte und die "
                "Planung von Rückhaltemaßnahmen verbessern.",
            ),
            erfahrungen=(
                "Wir haben noch keine Erfahrung mit Sensoren im Gewässer. Hinweise zu "
                "Verschmutzung, Vandalismus und Wartung wären sehr willkommen.",
                "Wir suchen Gemeinden und Wasserverbände am selben Gewässer, die "
                "Messstellen gemeinsam betreiben und die Messwerte offen "
                "veröffentlichen wollen.",
            ),
        ),
        services=("10253",),
        technology=("sensorik", "dashboard", "open_data"),
        target_groups=("citizens", "administration"),
        carriers=(GEMEINDE,),
        tags=("Starkregen", "Hochwasser", "Sensorik", "LoRaWAN"),
        costs=Costs(
            small=((8_000, 20_000), (1_500, 4_000)),
            medium=((15_000, 40_000), (3_000, 7_000)),
            large=((30_000, 80_000), (6_000, 15_000)),
        ),
        is_idea=True,
        open_source=True,
    ),
    Archetype(
        key="kleinklaeranlagen-wartung",
        topic_field=13,
        titles=(
            "Wartungsberichte für Kleinkläranlagen digital übermitteln",
            "Kleinkläranlagen: Online-Meldeweg für Wartungsfirmen – {ort}",
        ),
        summaries=(
            "Wartungsfirmen sollen ihre Berichte über Kleinkläranlagen online an die untere "
            "Wasserbehörde {ort} schicken. Auffällige Ablaufwerte würden sofort sichtbar.",
            "Tausende Kleinkläranlagen, mehrere Tausend Wartungsberichte im Jahr, alle auf "
            "Papier: Die Idee ist ein strukturierter Online-Upload für die Wartungsfirmen.",
            "Die untere Wasserbehörde {ort} sucht Kreise mit vielen Kleinkläranlagen, die "
            "gemeinsam einen digitalen Meldeweg für Wartungsberichte aufbauen wollen.",
            "Die untere Wasserbehörde {ort} möchte die Überwachung der Kleinkläranlagen "
            "vereinfachen: Wartungsberichte online, Auswertung im Fachverfahren, Nachfragen "
            "nur bei Auffälligkeiten.",
        ),
        description=Section(
            ausgangslage=(
                "Im ländlichen Kreisgebiet sind rund 5.000 Grundstücke nicht an die "
                "Kanalisation angeschlossen. Jede Kleinkläranlage muss regelmäßig "
                "gewartet werden, die Berichte gehen auf Papier an die untere "
                "Wasserbehörde.",
                "Die Berichte werden abgelegt, aber kaum ausgewertet. Ob eine Anlage "
                "schlechte Ablaufwerte hat, fällt oft erst bei einer Beschwerde auf.",
            ),
            umsetzung=(
                "Geplant ist ein Online-Zugang für die Wartungsfirmen, die die Berichte "
                "strukturiert eingeben oder als Datei hochladen. Die Werte werden mit "
                "Grenzwerten verglichen, Auffälligkeiten landen als Wiedervorlage im "
                "Fachverfahren.",
                "Zu klären ist:\n\n"
                "- ein gemeinsames Datenformat mit den Wartungsfirmen\n"
                "- die Zuordnung der Berichte zu den Anlagen im Wasserbuch\n"
                "- wie Betreiber ohne Wartungsvertrag erfasst werden",
            ),
            ergebnis=(
                "Die Behörde erwartet einen vollständigen Überblick über den Zustand der "
                "Anlagen und weniger Abtipparbeit.",
                "Betreiber mit auffälligen Anlagen könnten gezielt angeschrieben werden, "
                "bevor Schäden am Gewässer entstehen.",
            ),
            erfahrungen=(
                "Wir suchen Wartungsfirmen und Kreise, die ein gemeinsames "
                "Datenformat mitentwickeln. Zwei Firmen aus der Region, die ihre "
                "Berichte bisher digital erzeugen und dann ausdrucken, sind schon "
                "dabei.",
                "Wir würden gern von Kreisen hören, die ein solches Format schon vereinbart haben.",
            ),
        ),
        services=("10491",),
        technology=("antragsstrecke", "fachverfahren", "low_code"),
        target_groups=("businesses", "administration"),
        carriers=(KREIS,),
        tags=("Kleinkläranlagen", "Abwasser", "Wasserbehörde", "Wartung"),
        costs=Costs(
            small=((8_000, 15_000), (1_500, 3_000)),
            medium=((12_000, 25_000), (2_000, 5_000)),
            large=((20_000, 45_000), (4_000, 9_000)),
        ),
        is_idea=True,
    ),
)
