<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Parallax::ColorSchemeMenu</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Colour Sche&amp;me</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>typography</source>
        <translation>Typografie</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>Wortwahl</translation>
    </message>
    <message>
        <source>substantive</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <source>typographic</source>
        <translation>typografisch</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>erweitert</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>%1: added “%2”</source>
        <translation>%1: „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1: removed “%2”</source>
        <translation>%1: „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>Zitat %1</translation>
    </message>
    <message>
        <source>‘%1’ → ‘%2’</source>
        <translation>‚%1‘ → ‚%2‘</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>Urheber: %1</translation>
    </message>
    <message>
        <source>%1 (base version)</source>
        <translation>%1 (Basisversion)</translation>
    </message>
    <message>
        <source>%1: nothing here</source>
        <translation>%1: hier nichts</translation>
    </message>
    <message>
        <source>%1: as in the base version</source>
        <translation>%1: wie in der Basisversion</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
    <message>
        <source>%1: added, not in the base version</source>
        <translation>%1: hinzugefügt, fehlt in der Basisversion</translation>
    </message>
    <message>
        <source>%1: moved to row %2</source>
        <translation>%1: nach Zeile %2 verschoben</translation>
    </message>
    <message>
        <source>%1: left out of this version</source>
        <translation>%1: in dieser Version weggelassen</translation>
    </message>
    <message>
        <source>%1: moved; the base has it at row %2</source>
        <translation>%1: verschoben; in der Basisversion steht der Satz in Zeile %2</translation>
    </message>
    <message>
        <source>%1: moved; %2 has it at row %3</source>
        <translation>%1: verschoben; %2 hat den Satz in Zeile %3</translation>
    </message>
    <message>
        <source>%1: moved</source>
        <translation>%1: verschoben</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Hineingezogener Text</translation>
    </message>
    <message>
        <source>Base version: the others are compared with it. Select a sentence in another version to see here which of the base&apos;s words it changed.</source>
        <translation>Basisversion: Die anderen werden mit ihr verglichen. Wählen Sie einen Satz in einer anderen Version, um hier zu sehen, welche Wörter der Basis er geändert hat.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>Verneinung</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>quoted words</source>
        <translation>zitierte Worte</translation>
    </message>
    <message>
        <source>claim added</source>
        <translation>Aussage hinzugefügt</translation>
    </message>
    <message>
        <source>claim dropped</source>
        <translation>Aussage weggelassen</translation>
    </message>
    <message>
        <source>opposite</source>
        <translation>Gegenteil</translation>
    </message>
    <message>
        <source>content word</source>
        <translation>Inhaltswort</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Part of the story: %1</source>
        <translation>Teil des Artikels: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Date in the file name: %1</source>
        <translation>Datum im Dateinamen: %1</translation>
    </message>
    <message>
        <source>File date: %1</source>
        <translation>Dateidatum: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Date the text states: %1</source>
        <translation>Datum laut Text: %1</translation>
    </message>
    <message>
        <source>Document date: %1</source>
        <translation>Dokumentdatum: %1</translation>
    </message>
    <message>
        <source>%1 (earliest)</source>
        <translation>%1 (früheste)</translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message>
        <source>Find in all versions:</source>
        <translation>In allen Versionen suchen:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Gesuchte Wörter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <source>en</source>
        <comment>the BCP 47 code of the language this translation is in</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Substantive changes by reason</source>
        <translation>Inhaltliche Änderungen nach Grund</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. The changed words of a version are highlighted (point at them to read the change); a number after them refers to the notes column, which quotes the base’s words and the version’s.</source>
        <translation>Jede Zeile enthält einen Satz jeder Version, an der Basis ausgerichtet. Die geänderten Wörter einer Version sind hervorgehoben (zeigen Sie darauf, um die Änderung zu lesen); eine Zahl dahinter verweist auf die Anmerkungsspalte, die die Wörter der Basis und die der Version zitiert.</translation>
    </message>
    <message>
        <source>Moved: the marker links to the row of its counterpart</source>
        <translation>Verschoben: Die Markierung verweist auf die Zeile des Gegenstücks</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) found, the same in every version.</source>
        <translation>
            <numerusform>%n Zitat gefunden, in jeder Version gleich.</numerusform>
            <numerusform>%n Zitate gefunden, in jeder Version gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 quotation(s) differ between the versions.</source>
        <translation>
            <numerusform>%n von %1 Zitaten weicht zwischen den Versionen ab.</numerusform>
            <numerusform>%n von %1 Zitaten weichen zwischen den Versionen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
</context>
<context>
    <name>Parallax::LanguageMenu</name>
    <message>
        <source>Follow the System</source>
        <translation>Systemsprache verwenden</translation>
    </message>
    <message>
        <source>The language changes to %1 the next time Parallax starts.</source>
        <translation>Ab dem nächsten Start verwendet Parallax die Sprache %1.</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>Parallax::Legend</name>
    <message>
        <source>Moved: the marker names the row of its counterpart; click it to go there</source>
        <translation>Verschoben: die Marke nennt die Zeile des Gegenstücks; klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>Parallax::LegendPanel</name>
    <message>
        <source>The selected sentence: its row tinted in every version, the cell framed. The base column then underlines the words the selected version changed.</source>
        <translation>Der ausgewählte Satz: seine Zeile ist in jeder Version getönt, die Zelle umrahmt. Die Basisspalte unterstreicht dann die Wörter, die die ausgewählte Version geändert hat.</translation>
    </message>
    <message>
        <source>Overview strip (right edge): a mark for every row with changes, in the colour of its strongest change; click it to go there.</source>
        <translation>Übersichtsleiste (rechter Rand): eine Marke für jede Zeile mit Änderungen, in der Farbe ihrer stärksten Änderung; klicken, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. Select a sentence in any version to see what it changed.</source>
        <translation>Jede Zeile enthält einen Satz jeder Version, an der Basis ausgerichtet. Wählen Sie einen Satz in einer Version, um zu sehen, was sie geändert hat.</translation>
    </message>
</context>
<context>
    <name>Parallax::LoadError</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>a link to a file that does not exist (%1)</source>
        <translation>eine Verknüpfung auf eine Datei, die es nicht gibt (%1)</translation>
    </message>
    <message>
        <source>a link that leads back to itself through other links (%1)</source>
        <translation>eine Verknüpfung, die über andere Verknüpfungen auf sich selbst zurückführt (%1)</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>is a folder, not an article file</source>
        <translation>ist ein Ordner, keine Artikeldatei</translation>
    </message>
    <message>
        <source>file is %1 MB; Parallax reads article files of up to %2 MB</source>
        <translation>die Datei ist %1 MB groß; Parallax liest Artikeldateien bis %2 MB</translation>
    </message>
    <message>
        <source>file is %1 MB; Parallax reads single-file web pages of up to %2 MB</source>
        <translation>die Datei ist %1 MB groß; Parallax liest als eine Datei gespeicherte Webseiten bis %2 MB</translation>
    </message>
    <message>
        <source>text is %1 MB; Parallax reads articles of up to %2 MB</source>
        <translation>der Text ist %1 MB groß; Parallax liest Artikel bis %2 MB</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <source>not a text file (mostly control characters)</source>
        <translation>keine Textdatei (fast nur Steuerzeichen)</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>die Zeichenkodierung des Textes ließ sich nicht erkennen</translation>
    </message>
    <message>
        <source>invalid %1 text</source>
        <translation>ungültiger %1-Text</translation>
    </message>
    <message>
        <source>the HTML parser could not read this page</source>
        <translation>der HTML-Parser konnte diese Seite nicht lesen</translation>
    </message>
    <message>
        <source>the Markdown parser stopped early</source>
        <translation>der Markdown-Parser hat vorzeitig abgebrochen</translation>
    </message>
    <message>
        <source>not a readable MHTML file: it has no MIME Content-Type header</source>
        <translation>keine lesbare MHTML-Datei: ihr fehlt der MIME-Header „Content-Type“</translation>
    </message>
    <message>
        <source>not a readable MHTML file: the multipart message names no boundary</source>
        <translation>keine lesbare MHTML-Datei: die mehrteilige Nachricht nennt keine Grenze („boundary“)</translation>
    </message>
    <message>
        <source>not a readable MHTML file: no HTML part in the archive</source>
        <translation>keine lesbare MHTML-Datei: das Archiv enthält keinen HTML-Teil</translation>
    </message>
    <message>
        <source>not a readable MHTML file: its content is %1, not a web page</source>
        <translation>keine lesbare MHTML-Datei: ihr Inhalt ist %1, keine Webseite</translation>
    </message>
    <message>
        <source>not a readable MHTML file: its HTML part is empty</source>
        <translation>keine lesbare MHTML-Datei: ihr HTML-Teil ist leer</translation>
    </message>
    <message>
        <source>no readable text found</source>
        <translation>kein lesbarer Text gefunden</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>der Ordner kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the folder holds no .txt, .md, .html or .mhtml files</source>
        <translation>der Ordner enthält keine .txt-, .md-, .html- oder .mhtml-Dateien</translation>
    </message>
    <message>
        <source>holds the images and scripts saved with %1, not an article</source>
        <translation>enthält die mit %1 gespeicherten Bilder und Skripte, keinen Artikel</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes or other binary data)</source>
        <translation>keine Textdatei (sie enthält NUL-Bytes oder andere Binärdaten)</translation>
    </message>
    <message>
        <source>the same file as %1, read once</source>
        <translation>dieselbe Datei wie %1, nur einmal gelesen</translation>
    </message>
    <message>
        <source>more than one version has that name: %1</source>
        <translation>mehr als eine Version trägt diesen Namen: %1</translation>
    </message>
    <message>
        <source>no version has that name, file name or path</source>
        <translation>keine Version hat diesen Namen, Dateinamen oder Pfad</translation>
    </message>
    <message>
        <source>too long: %1 sentences; Parallax compares articles of up to %2 sentences</source>
        <translation>zu lang: %1 Sätze; Parallax vergleicht Artikel mit bis zu %2 Sätzen</translation>
    </message>
    <message>
        <source>too long: %1 characters of text; Parallax compares articles of up to %2 characters</source>
        <translation>zu lang: %1 Zeichen Text; Parallax vergleicht Artikel mit bis zu %2 Zeichen</translation>
    </message>
    <message>
        <source>not a readable %1 document: it is damaged or cut short</source>
        <translation>kein lesbares %1-Dokument: es ist beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>refused: this %1 archive would unpack to more data or parts than a document holds</source>
        <translation>abgelehnt: dieses %1-Archiv würde zu mehr Daten oder Teilen entpackt, als ein Dokument enthält</translation>
    </message>
    <message>
        <source>refused: the XML of this %1 document declares entities, which are not expanded</source>
        <translation>abgelehnt: das XML dieses %1-Dokuments deklariert Entitäten, die nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the %1 document is encrypted (password protected)</source>
        <translation>das %1-Dokument ist verschlüsselt (passwortgeschützt)</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages or images only); run OCR first</source>
        <translation>das PDF hat keine Textebene (nur gescannte Seiten oder Bilder); zuerst Texterkennung (OCR) ausführen</translation>
    </message>
    <message>
        <source>the e-mail has no text or HTML part</source>
        <translation>die E-Mail hat keinen Text- oder HTML-Teil</translation>
    </message>
    <message>
        <source>too long: %1 pages; Parallax reads PDFs of up to %2 pages</source>
        <translation>zu lang: %1 Seiten; Parallax liest PDFs mit bis zu %2 Seiten</translation>
    </message>
    <message>
        <source>too long: more than %1 lines of text; Parallax compares articles of up to %2 sentences</source>
        <translation>zu lang: mehr als %1 Textzeilen; Parallax vergleicht Artikel mit bis zu %2 Sätzen</translation>
    </message>
    <message>
        <source>refused: reading the text of this PDF needs more than %1 MB of memory (it may be damaged)</source>
        <translation>abgelehnt: den Text dieses PDFs zu lesen braucht mehr als %1 MB Speicher (es ist womöglich beschädigt)</translation>
    </message>
    <message>
        <source>refused: reading the text of this PDF takes longer than %1 s (it may be damaged)</source>
        <translation>abgelehnt: den Text dieses PDFs zu lesen dauert länger als %1 s (es ist womöglich beschädigt)</translation>
    </message>
    <message>
        <source>the PDF reader crashed on this file (%1)</source>
        <translation>der PDF-Leser ist an dieser Datei abgestürzt (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>&amp;Dateien öffnen…</translation>
    </message>
    <message>
        <source>&amp;Add Versions…</source>
        <translation>Versionen &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in All Versions…</source>
        <translation>In allen Versionen &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Hide &amp;Cosmetic Changes</source>
        <translation>&amp;Kosmetische Änderungen ausblenden</translation>
    </message>
    <message>
        <source>Hide typography and spelling changes</source>
        <translation>Typografie- und Rechtschreibänderungen ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;Boilerplate</source>
        <translation>&amp;Beiwerk anzeigen</translation>
    </message>
    <message>
        <source>Show newsletter prompts, link lists and other page furniture</source>
        <translation>Newsletter-Hinweise, Linklisten und anderes Seitenbeiwerk anzeigen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text k&amp;leiner</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next &amp;Substantive Change</source>
        <translation>Nächste &amp;inhaltliche Änderung</translation>
    </message>
    <message>
        <source>Previous Substantive Change</source>
        <translation>Vorherige inhaltliche Änderung</translation>
    </message>
    <message>
        <source>Next &amp;Wording Change</source>
        <translation>Nächste Änderung der &amp;Wortwahl</translation>
    </message>
    <message>
        <source>Previous Wording Change</source>
        <translation>Vorherige Änderung der Wortwahl</translation>
    </message>
    <message>
        <source>Next Spe&amp;lling Change</source>
        <translation>Nächste &amp;Rechtschreibänderung</translation>
    </message>
    <message>
        <source>Next &amp;Typography Change</source>
        <translation>Nächste &amp;typografische Änderung</translation>
    </message>
    <message>
        <source>No further change of this kind below</source>
        <translation>Weiter unten keine Änderung dieser Art mehr</translation>
    </message>
    <message>
        <source>No further change of this kind above</source>
        <translation>Weiter oben keine Änderung dieser Art mehr</translation>
    </message>
    <message>
        <source>Next &amp;Quote Divergence</source>
        <translation>Nächste &amp;Zitatabweichung</translation>
    </message>
    <message>
        <source>No further diverging quotation below</source>
        <translation>Weiter unten kein abweichendes Zitat mehr</translation>
    </message>
    <message>
        <source>Previous Quote &amp;Divergence</source>
        <translation>Vorherige Zitat&amp;abweichung</translation>
    </message>
    <message>
        <source>No further diverging quotation above</source>
        <translation>Weiter oben kein abweichendes Zitat mehr</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Base Version</source>
        <translation>&amp;Basisversion</translation>
    </message>
    <message>
        <source>&amp;Show All Versions</source>
        <translation>&amp;Alle Versionen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>Über &amp;Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parallax&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Read versions of an article side by side: added, dropped and moved sentences, changed words by kind, and quotations compared across outlets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parallax&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Versionen eines Artikels nebeneinander lesen: hinzugefügte, weggelassene und verschobene Sätze, geänderte Wörter nach Art der Änderung und Zitate im Vergleich zwischen den Medien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Comparison canceled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Vergleich von %1 läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped text %1</source>
        <translation>Hineingezogener Text %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dropped text could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der hineingezogene Text konnte nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>Comparing against %1…</source>
        <translation>Vergleich mit %1 läuft…</translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation>%1 — Parallax</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) were found in %1.</source>
        <translation>In %1 wurden keine Artikeldateien (.txt, .md, .html) gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s) could not be read&lt;/b&gt;; the others are compared.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Datei konnte nicht gelesen werden&lt;/b&gt;; die anderen werden verglichen.</numerusform>
            <numerusform>&lt;b&gt;%n Dateien konnten nicht gelesen werden&lt;/b&gt;; die anderen werden verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file changed on disk: comparing again</source>
        <translation>Eine Datei wurde auf der Festplatte geändert: neuer Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>„%1“ zur Basis machen</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>Show All Versions</source>
        <translation>Alle Versionen anzeigen</translation>
    </message>
    <message>
        <source>Copy Sentence</source>
        <translation>Satz kopieren</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>In der Quelle zeigen</translation>
    </message>
    <message>
        <source>Make This Version the Base</source>
        <translation>Diese Version zur Basis machen</translation>
    </message>
    <message>
        <source>Hide This Version</source>
        <translation>Diese Version ausblenden</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Ordner mit Versionen öffnen</translation>
    </message>
    <message>
        <source>Open Versions</source>
        <translation>Versionen öffnen</translation>
    </message>
    <message>
        <source>Add Versions</source>
        <translation>Versionen hinzufügen</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The PDF could not be written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das PDF konnte nicht geschrieben werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Writing PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>, %n of the chosen reasons</source>
        <translation>
            <numerusform>, davon %n aus den gewählten Gründen</numerusform>
            <numerusform>, davon %n aus den gewählten Gründen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Change of This &amp;Reason</source>
        <translation>Nächste Änderung mit diesem &amp;Grund</translation>
    </message>
    <message>
        <source>Previous Change of This Reason</source>
        <translation>Vorherige Änderung mit diesem Grund</translation>
    </message>
    <message>
        <source>Next Change of the Ch&amp;osen Reasons</source>
        <translation>Nächste Änderung der gewä&amp;hlten Gründe</translation>
    </message>
    <message>
        <source>Previous Change of the Chosen Reasons</source>
        <translation>Vorherige Änderung der gewählten Gründe</translation>
    </message>
    <message>
        <source>From the selected substantive change to the next one with the same reason</source>
        <translation>Von der gewählten inhaltlichen Änderung zur nächsten mit demselben Grund</translation>
    </message>
    <message>
        <source>Follow some reasons of substantive changes (numbers, names, …): the others are shown faintly and navigation skips them</source>
        <translation>Nur einigen Gründen inhaltlicher Änderungen folgen (Zahlen, Namen, …): Die anderen erscheinen blass und werden beim Springen übergangen</translation>
    </message>
    <message>
        <source>Select a substantive change first: the next change with its reason is found</source>
        <translation>Wählen Sie zuerst eine inhaltliche Änderung: Gesucht wird die nächste mit demselben Grund</translation>
    </message>
    <message>
        <source>No further %1 change below</source>
        <translation>Weiter unten keine Änderung (%1) mehr</translation>
    </message>
    <message>
        <source>No further %1 change above</source>
        <translation>Weiter oben keine Änderung (%1) mehr</translation>
    </message>
    <message>
        <source>No further change of the chosen reasons below</source>
        <translation>Weiter unten keine Änderung der gewählten Gründe mehr</translation>
    </message>
    <message>
        <source>No further change of the chosen reasons above</source>
        <translation>Weiter oben keine Änderung der gewählten Gründe mehr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was compared:&lt;/b&gt; no version could be read.</source>
        <translation>&lt;b&gt;Nichts wurde verglichen:&lt;/b&gt; keine Version konnte gelesen werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only one version:&lt;/b&gt; one version is not a comparison; drop or add another to compare it with.</source>
        <translation>&lt;b&gt;Nur eine Version:&lt;/b&gt; Eine Version allein ist kein Vergleich; ziehen Sie eine weitere herein oder fügen Sie eine hinzu, um sie damit zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) · %1 rows · %2 changes, %3 substantive</source>
        <translation>
            <numerusform>%n Version · %1 Zeilen · %2 Änderungen, %3 inhaltlich</numerusform>
            <numerusform>%n Versionen · %1 Zeilen · %2 Änderungen, %3 inhaltlich</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als H&amp;TML exportieren…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report could not be written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Bericht konnte nicht geschrieben werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rename Version…</source>
        <translation>Version umbenennen…</translation>
    </message>
    <message>
        <source>Give the version a name of your own, kept for this folder</source>
        <translation>Der Version einen eigenen Namen geben, für diesen Ordner gemerkt</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>What the colours, bars and marks mean</source>
        <translation>Was die Farben, Balken und Marken bedeuten</translation>
    </message>
    <message>
        <source>&lt;b&gt;No readable versions in %1:&lt;/b&gt; nothing was compared.</source>
        <translation>&lt;b&gt;Keine lesbaren Versionen in %1:&lt;/b&gt; nichts wurde verglichen.</translation>
    </message>
    <message>
        <source>Base: %1 (most central)</source>
        <translation>Basis: %1 (die zentralste)</translation>
    </message>
    <message>
        <source>Base: %1 (your choice)</source>
        <translation>Basis: %1 (Ihre Wahl)</translation>
    </message>
    <message>
        <source> · marks what %1 changed</source>
        <translation> · markiert, was %1 geändert hat</translation>
    </message>
    <message>
        <source>Chosen automatically as the most central version: it shares most sentences with the others. Every column shows its changes against it. Double-click a version in the Versions panel to choose another base.</source>
        <translation>Automatisch als zentralste Version gewählt: Sie teilt die meisten Sätze mit den anderen. Jede Spalte zeigt ihre Änderungen ihr gegenüber. Doppelklicken Sie eine Version im Versionen-Bereich, um eine andere Basis zu wählen.</translation>
    </message>
    <message>
        <source>You chose this base. Every column shows its changes against it.</source>
        <translation>Sie haben diese Basis gewählt. Jede Spalte zeigt ihre Änderungen ihr gegenüber.</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Open a Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax);;All files (*)</source>
        <translation>Parallax-Sitzungen (*.parallax);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Recen&amp;t Session</source>
        <translation>Zu&amp;letzt geöffnete Sitzungen</translation>
    </message>
    <message>
        <source>Save Sessi&amp;on</source>
        <translation>Sitzung s&amp;peichern</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Parallax-Sitzungen (*.parallax)</translation>
    </message>
    <message>
        <source>Session Not Saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be placed: their passage is no longer in the files. They are listed as orphaned in the Notes panel with their old text.</source>
        <translation>
            <numerusform>%n Notiz konnte nicht zugeordnet werden: Ihre Textstelle steht nicht mehr in den Dateien. Sie ist im Notizenbereich mit ihrem alten Text als verwaist aufgeführt.</numerusform>
            <numerusform>%n Notizen konnten nicht zugeordnet werden: Ihre Textstellen stehen nicht mehr in den Dateien. Sie sind im Notizenbereich mit ihrem alten Text als verwaist aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their place after the files changed; they are kept as orphaned.</source>
        <translation>
            <numerusform>%n Notiz hat nach der Änderung der Dateien ihre Stelle verloren; sie bleibt als verwaist erhalten.</numerusform>
            <numerusform>%n Notizen haben nach der Änderung der Dateien ihre Stelle verloren; sie bleiben als verwaist erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Nicht gespeicherte Notizen</translation>
    </message>
    <message>
        <source>The notes have changes that are not saved in a session. Save them?</source>
        <translation>Die Notizen haben Änderungen, die in keiner Sitzung gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Recover Notes</source>
        <translation>Notizen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close normally and %n note(s) were not saved. Recover them?</source>
        <translation>
            <numerusform>Parallax wurde nicht normal beendet, und %n Notiz wurde nicht gespeichert. Wiederherstellen?</numerusform>
            <numerusform>Parallax wurde nicht normal beendet, und %n Notizen wurden nicht gespeichert. Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Or drop files, or text from a browser, onto the window: they are added as versions</source>
        <translation>Oder Dateien bzw. Text aus einem Browser auf das Fenster ziehen: sie werden als Versionen hinzugefügt</translation>
    </message>
    <message>
        <source>Fold runs of sentences that read the same in every shown version</source>
        <translation>Folgen von Sätzen zusammenfalten, die in jeder angezeigten Version gleich lauten</translation>
    </message>
    <message>
        <source>Nu&amp;mber Cosmetic Changes in Reports</source>
        <translation>Kosmetische Änderungen in Berichten nu&amp;mmerieren</translation>
    </message>
    <message>
        <source>Number typography and spelling changes in exported reports, as parallax compare --annotate-cosmetic does</source>
        <translation>Typografie- und Rechtschreibänderungen in exportierten Berichten nummerieren, wie parallax compare --annotate-cosmetic</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export HTML (cosmetic changes numbered)</source>
        <translation>Als HTML exportieren (kosmetische Änderungen nummeriert)</translation>
    </message>
    <message>
        <source>Export HTML (cosmetic changes highlighted, not numbered)</source>
        <translation>Als HTML exportieren (kosmetische Änderungen markiert, nicht nummeriert)</translation>
    </message>
    <message>
        <source>Export PDF (cosmetic changes numbered)</source>
        <translation>Als PDF exportieren (kosmetische Änderungen nummeriert)</translation>
    </message>
    <message>
        <source>Export PDF (cosmetic changes highlighted, not numbered)</source>
        <translation>Als PDF exportieren (kosmetische Änderungen markiert, nicht nummeriert)</translation>
    </message>
    <message>
        <source>&amp;Choose Versions…</source>
        <translation>Versionen &amp;auswählen…</translation>
    </message>
    <message>
        <source>&amp;Narrow Columns</source>
        <translation>&amp;Schmale Spalten</translation>
    </message>
    <message>
        <source>Add Note on Selection…</source>
        <translation>Notiz zur Auswahl hinzufügen…</translation>
    </message>
    <message>
        <source>Add Note on Quotation…</source>
        <translation>Notiz zum Zitat hinzufügen…</translation>
    </message>
    <message>
        <source>A note needs words of one sentence or more: the selection holds none.</source>
        <translation>Eine Notiz braucht Wörter aus mindestens einem Satz: Die Auswahl enthält keine.</translation>
    </message>
    <message>
        <source>The selected words are not in the text Parallax read from %1, so no note can be placed on them: select words of the article itself.</source>
        <translation>Die ausgewählten Wörter stehen nicht im Text, den Parallax aus %1 gelesen hat, daher kann keine Notiz auf ihnen stehen: Wählen Sie Wörter des Artikels selbst aus.</translation>
    </message>
    <message>
        <source>Order by &amp;Time</source>
        <translation>Nach &amp;Zeit ordnen</translation>
    </message>
    <message>
        <source>Show the versions from the earliest to the latest by their dates, instead of by their names</source>
        <translation>Die Versionen nach ihrem Datum von der frühesten zur spätesten zeigen statt nach ihren Namen</translation>
    </message>
    <message>
        <source>Against the &amp;Previous Version</source>
        <translation>Gegenüber der v&amp;orherigen Version</translation>
    </message>
    <message>
        <source>Mark each version&apos;s changes against the version before it in time, instead of against the base</source>
        <translation>Die Änderungen jeder Version gegenüber der zeitlich vorherigen markieren statt gegenüber der Basis</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Zei&amp;tleiste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>Against the previous version</source>
        <translation>Gegenüber der vorigen Version</translation>
    </message>
    <message>
        <source> · %1 is the earliest</source>
        <translation> · %1 ist die früheste</translation>
    </message>
    <message>
        <source> · %1 against %2: the previous</source>
        <translation> · %1 gegenüber %2: der vorigen</translation>
    </message>
    <message>
        <source>Each column marks its changes against the version before it in time. The rows stay aligned with the base, %1: a sentence moved since the previous version reads as added where it now stands.</source>
        <translation>Jede Spalte markiert ihre Änderungen gegenüber der zeitlich vorangehenden Version. Die Zeilen bleiben an der Basis %1 ausgerichtet: Ein seit der vorigen Version verschobener Satz erscheint dort, wo er jetzt steht, als hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: the earliest version, which the next one is measured against</source>
        <translation>%1: die früheste Version, an der die nächste gemessen wird</translation>
    </message>
    <message>
        <source>%1: changed since the previous version, %2</source>
        <translation>%1: geändert seit der vorigen Version, %2</translation>
    </message>
    <message>
        <source>%1: added since the previous version, %2</source>
        <translation>%1: hinzugefügt seit der vorigen Version, %2</translation>
    </message>
    <message>
        <source>%1: removed since the previous version, %2</source>
        <translation>%1: entfernt seit der vorigen Version, %2</translation>
    </message>
    <message>
        <source>%1: nothing here</source>
        <translation>%1: hier nichts</translation>
    </message>
    <message>
        <source>%1: as in the previous version, %2</source>
        <translation>%1: wie in der vorigen Version, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>%n Datei neu gelesen</numerusform>
            <numerusform>%n Dateien neu gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared again: %1; the changes of %2 of %3 versions kept, the rows aligned anew</source>
        <translation>Erneut verglichen: %1; die Änderungen von %2 der %3 Versionen übernommen, die Zeilen neu ausgerichtet</translation>
    </message>
    <message>
        <source>Compared again in full: %1; no version&apos;s changes could be kept</source>
        <translation>Vollständig neu verglichen: %1; keine Änderungen einer Version konnten übernommen werden</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.eml);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Measuring each version against the previous one for the report…</source>
        <translation>Jede Version wird für den Bericht mit der vorigen verglichen …</translation>
    </message>
</context>
<context>
    <name>Parallax::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Parallax::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Textstelle:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
</context>
<context>
    <name>Parallax::NotesPanel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Go to Note</source>
        <translation>Zur Notiz springen</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Alle Versionen</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>Parallax::OutputFile</name>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>a link to a file that does not exist; a report is written only to a regular file</source>
        <translation>eine Verknüpfung auf eine Datei, die nicht existiert; ein Bericht wird nur in eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>a link that leads back to itself through other links</source>
        <translation>eine Verknüpfung, die über andere Verknüpfungen auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>is a folder; a report is written only to a regular file</source>
        <translation>ist ein Ordner; ein Bericht wird nur in eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket); a report is written only to a regular file</source>
        <translation>keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); ein Bericht wird nur in eine gewöhnliche Datei geschrieben</translation>
    </message>
    <message>
        <source>is one of the files compared (%1); the report would replace it</source>
        <translation>ist eine der verglichenen Dateien (%1); der Bericht würde sie ersetzen</translation>
    </message>
</context>
<context>
    <name>Parallax::OverviewStrip</name>
    <message>
        <source>Where the changes are: a mark for every row with changes, in the colour of its strongest change; click to go there</source>
        <translation>Wo die Änderungen stehen: eine Marke für jede Zeile mit Änderungen, in der Farbe ihrer stärksten Änderung; klicken, um dorthin zu springen</translation>
    </message>
    <message>
        <source>%1 — click to go there</source>
        <translation>%1 — klicken, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExporter</name>
    <message>
        <source>no-break space</source>
        <translation>geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>gestrichen</translation>
    </message>
    <message>
        <source>moved · see row %1</source>
        <translation>verschoben · siehe Zeile %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>cont.</source>
        <translation>Forts.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Side by side %1 of %2: </source>
        <translation>Nebeneinander %1 von %2: </translation>
    </message>
    <message>
        <source>Side by side: </source>
        <translation>Nebeneinander: </translation>
    </message>
    <message>
        <source>the comparison holds no versions</source>
        <translation>der Vergleich enthält keine Versionen</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Comparison of article versions</source>
        <translation>Vergleich von Artikelversionen</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>One version of the story.</source>
        <translation>Eine Version des Artikels.</translation>
    </message>
    <message>
        <source>%1 versions of the story, aligned sentence by sentence against the base, %2.</source>
        <translation>%1 Versionen des Artikels, Satz für Satz an der Basisversion ausgerichtet: %2.</translation>
    </message>
    <message>
        <source>No change needs a note.</source>
        <translation>Keine Änderung braucht eine Anmerkung.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) numbered and explained in the notes column beside the rows.</source>
        <translation>
            <numerusform>%n Änderung ist nummeriert und in der Anmerkungsspalte neben ihrer Zeile erklärt.</numerusform>
            <numerusform>%n Änderungen sind nummeriert und in der Anmerkungsspalte neben ihren Zeilen erklärt.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>Seiten %1–%2</translation>
    </message>
    <message>
        <source>Side by side:</source>
        <translation>Nebeneinander:</translation>
    </message>
    <message>
        <source>More than four versions do not fit side by side on one page, so each group of pages repeats the base as its first column beside up to three other versions.</source>
        <translation>Mehr als vier Versionen passen nicht nebeneinander auf eine Seite; deshalb wiederholt jede Seitengruppe die Basis als erste Spalte neben bis zu drei weiteren Versionen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Keeps of the base</source>
        <translation>Von der Basis übernommen</translation>
    </message>
    <message>
        <source>Own sentences</source>
        <translation>Eigene Sätze</translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation>(eingefügter Text)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Files not compared:</source>
        <translation>Nicht verglichene Dateien:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. The changed words of a version are highlighted; a number after them refers to the notes column, which quotes the base’s words and the version’s.</source>
        <translation>Jede Zeile enthält einen Satz jeder Version, an der Basis ausgerichtet. Die geänderten Wörter einer Version sind hervorgehoben; eine Zahl dahinter verweist auf die Anmerkungsspalte, die die Wörter der Basis und die der Version zitiert.</translation>
    </message>
    <message>
        <source>highlighted, numbered</source>
        <translation>hervorgehoben, nummeriert</translation>
    </message>
    <message>
        <source>highlighted only</source>
        <translation>nur hervorgehoben</translation>
    </message>
    <message>
        <source>Typography (quotes, dashes, spaces): </source>
        <translation>Typografie (Anführungszeichen, Striche, Leerzeichen): </translation>
    </message>
    <message>
        <source>Spelling (its / it’s, typos): </source>
        <translation>Rechtschreibung (das / dass, Tippfehler): </translation>
    </message>
    <message>
        <source>Wording (same meaning, other words): </source>
        <translation>Wortwahl (gleicher Sinn, andere Wörter): </translation>
    </message>
    <message>
        <source>Substantive (figures, names, claims): </source>
        <translation>Inhalt (Zahlen, Namen, Aussagen): </translation>
    </message>
    <message>
        <source>Added: a sentence the base does not have</source>
        <translation>Hinzugefügt: ein Satz, den die Basis nicht hat</translation>
    </message>
    <message>
        <source>Absent: a gap where the base has a sentence</source>
        <translation>Fehlt: eine Lücke, wo die Basis einen Satz hat</translation>
    </message>
    <message>
        <source>Moved: the marker names the row and page of its counterpart</source>
        <translation>Verschoben: Die Markierung nennt Zeile und Seite des Gegenstücks</translation>
    </message>
    <message>
        <source>Underlined in the base: words a version beside it changed</source>
        <translation>In der Basis unterstrichen: Wörter, die eine Version daneben geändert hat</translation>
    </message>
    <message>
        <source>Boilerplate (newsletter prompts, link lists): grey</source>
        <translation>Beiwerk (Newsletter-Hinweise, Linklisten): grau</translation>
    </message>
    <message>
        <source>Boilerplate (newsletter prompts, link lists): left out</source>
        <translation>Beiwerk (Newsletter-Hinweise, Linklisten): weggelassen</translation>
    </message>
    <message>
        <source>Changes against the base</source>
        <translation>Änderungen gegenüber der Basis</translation>
    </message>
    <message>
        <source>Changed words by kind, then whole sentences added, absent or moved.</source>
        <translation>Geänderte Wörter nach Art, dann ganze Sätze: hinzugefügt, fehlend oder verschoben.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>the base: the others are measured against it</source>
        <translation>die Basis: An ihr werden die anderen gemessen</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Share of aligned content between two versions, numbered as in the versions table.</source>
        <translation>Anteil des gemeinsamen Inhalts zweier Versionen, nummeriert wie in der Versionstabelle.</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>No quotations were found.</source>
        <translation>Es wurden keine Zitate gefunden.</translation>
    </message>
    <message>
        <source>Outlets are numbered as in the versions table.</source>
        <translation>Die Medien sind wie in der Versionstabelle nummeriert.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(ohne Zuordnung)</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>the changed words quoted in a note</comment>
        <translation>‚%1‘</translation>
    </message>
    <message>
        <source>, p.&#xa0;</source>
        <comment>before the page number of a moved sentence</comment>
        <translation>, S.&#xa0;</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>a change kind before its note</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a change kind and its reason</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Substantive changes by reason</source>
        <translation>Inhaltliche Änderungen nach Grund</translation>
    </message>
    <message>
        <source>No version changes a fact of the base.</source>
        <translation>Keine Version ändert eine Tatsache der Basis.</translation>
    </message>
    <message>
        <source>The fact each substantive change alters against the base (a number, a date, a name, a negation, a claim added or dropped, …), as the notes name it.</source>
        <translation>Die Tatsache, die jede inhaltliche Änderung gegenüber der Basis ändert (eine Zahl, ein Datum, ein Name, eine Verneinung, eine hinzugefügte oder weggelassene Aussage, …), wie die Anmerkungen sie nennen.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Most alike</source>
        <translation>Am ähnlichsten</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message>
        <source>Made while the window followed only these reasons: %1. This report still lists and counts every change.</source>
        <extracomment>%1 lists reasons of substantive changes, e.g. &quot;number, name&quot;</extracomment>
        <translation>Erstellt, während das Fenster nur diesen Gründen folgte: %1. Dieser Bericht führt und zählt trotzdem jede Änderung.</translation>
    </message>
    <message>
        <source>Reader’s notes</source>
        <translation>Notizen der Leser</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>a note&apos;s tags before its text</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>%1 (file date)</source>
        <translation>%1 (Dateidatum)</translation>
    </message>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (aus dem Dateinamen)</translation>
    </message>
    <message>
        <source>Revisions over time</source>
        <translation>Revisionen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Each version against the one before it in time: sentences added, removed, reworded and moved, the share of the earlier version&apos;s words it keeps, and the corrections or updates it announces. A revision that changes the story without a notice is marked as a stealth edit.</source>
        <translation>Jede Version gegenüber der zeitlich vorangehenden: hinzugefügte, entfernte, umformulierte und verschobene Sätze, der Anteil der Wörter der früheren Version, den sie behält, und die Korrekturen oder Aktualisierungen, die sie ankündigt. Eine Revision, die den Artikel ohne Hinweis ändert, ist als stille Änderung markiert.</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Behält</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>none: stealth edit</source>
        <translation>keiner: stille Änderung</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>(erste Version)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>time stamp only: %1</source>
        <translation>nur Zeitstempel: %1</translation>
    </message>
    <message>
        <source>Changes against the previous version</source>
        <translation>Änderungen gegenüber der vorigen Version</translation>
    </message>
    <message>
        <source>the earliest version: each later one is measured against the one before it</source>
        <translation>die früheste Version: jede spätere wird an der vorangehenden gemessen</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>früheste</translation>
    </message>
    <message>
        <source>Keeps of the previous</source>
        <translation>Behält von der vorigen</translation>
    </message>
    <message>
        <source>New sentences</source>
        <translation>Neue Sätze</translation>
    </message>
    <message>
        <source>%1 versions of the story in time order from %2, each measured against the one before it.</source>
        <translation>%1 Versionen des Artikels in zeitlicher Reihenfolge ab %2, jede an der vorangehenden gemessen.</translation>
    </message>
    <message>
        <source>Against the previous version: each version’s changes since the one before it in time are highlighted, and the notes quote the earlier version’s words. The rows stay aligned as against the base, so a sentence moved since the previous version reads as added where it now stands.</source>
        <translation>Gegenüber der vorigen Version: Hervorgehoben sind die Änderungen jeder Version seit der zeitlich vorangehenden, und die Anmerkungen zitieren die Wörter der früheren Version. Die Zeilen bleiben wie gegenüber der Basis ausgerichtet; ein seit der vorigen Version verschobener Satz erscheint dort, wo er jetzt steht, als hinzugefügt.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Timeline: each version at its time, with a bar as tall as the share of the version before it that it changed (the percentage above it); a flag marks an announced correction or update, a red ring a change without a notice (stealth edit).</source>
        <translation>Zeitleiste: jede Version zu ihrem Zeitpunkt, mit einem Balken so hoch wie der Anteil der vorangehenden Version, den sie geändert hat (der Prozentsatz darüber); eine Fahne markiert eine angekündigte Korrektur oder Aktualisierung, ein roter Ring eine Änderung ohne Hinweis (stille Änderung).</translation>
    </message>
    <message>
        <source>also says row %1</source>
        <translation>sagt auch Zeile %1</translation>
    </message>
    <message>
        <source>also says rows %1</source>
        <translation>sagt auch Zeilen %1</translation>
    </message>
    <message>
        <source>%1 (as the text states)</source>
        <translation>%1 (laut Text)</translation>
    </message>
    <message>
        <source>%1 (document properties)</source>
        <translation>%1 (Dokumenteigenschaften)</translation>
    </message>
</context>
<context>
    <name>Parallax::ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <source>Quote and outlet</source>
        <translation>Zitat und Medium</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>all exact</source>
        <translation>alle wörtlich</translation>
    </message>
    <message>
        <source>No comparison open</source>
        <translation>Kein Vergleich geöffnet</translation>
    </message>
    <message>
        <source>No quotations found</source>
        <translation>Keine Zitate gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a quotation to read it as each outlet has it.</source>
        <translation>Wählen Sie ein Zitat, um es so zu lesen, wie jede Quelle es bringt.</translation>
    </message>
    <message>
        <source>All quotations</source>
        <translation>Alle Zitate</translation>
    </message>
    <message>
        <source>Words differ (altered, cut, merged)</source>
        <translation>Wortlaut weicht ab (verändert, gekürzt, zusammengefügt)</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <source>Cut or extended</source>
        <translation>Gekürzt oder erweitert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengefügt</translation>
    </message>
    <message>
        <source>Missing from some outlets</source>
        <translation>Fehlt in manchen Quellen</translation>
    </message>
    <message>
        <source>Which quotations to list</source>
        <translation>Welche Zitate aufgelistet werden</translation>
    </message>
    <message>
        <source>does not carry it</source>
        <translation>bringt es nicht</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n altered</source>
        <translation>
            <numerusform>%n verändert</numerusform>
            <numerusform>%n verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cut</source>
        <translation>
            <numerusform>%n gekürzt</numerusform>
            <numerusform>%n gekürzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n zusammengefügt</numerusform>
            <numerusform>%n zusammengefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ReasonCounts</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A count of substantive changes and their reason: &quot;5 number&quot;, &quot;2 quoted words&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n andere</numerusform>
            <numerusform>%n andere</numerusform>
        </translation>
    </message>
    <message>
        <source>no substantive change</source>
        <translation>keine inhaltliche Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n substantive</source>
        <translation>
            <numerusform>%n inhaltliche</numerusform>
            <numerusform>%n inhaltliche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::ReasonMenu</name>
    <message>
        <source>Substantive &amp;Reasons</source>
        <translation>Gründe &amp;inhaltlicher Änderungen</translation>
    </message>
    <message>
        <source>&amp;All Reasons</source>
        <translation>&amp;Alle Gründe</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Gründe: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reason of substantive changes in the menu and how many changes carry it: &quot;Number (5)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Parallax::SessionFiles</name>
    <message>
        <source>not a Parallax session (%1)</source>
        <translation>keine Parallax-Sitzung (%1)</translation>
    </message>
    <message>
        <source>not a Parallax session (no schema)</source>
        <translation>keine Parallax-Sitzung (kein Schema)</translation>
    </message>
    <message>
        <source>a session of schema %1, which this version of Parallax cannot read (it reads schema %2)</source>
        <translation>eine Sitzung mit Schema %1, das diese Parallax-Version nicht lesen kann (sie liest Schema %2)</translation>
    </message>
</context>
<context>
    <name>Parallax::SideBySideView</name>
    <message>
        <source>moved down ↓</source>
        <translation>nach unten verschoben ↓</translation>
    </message>
    <message>
        <source>moved up ↑</source>
        <translation>nach oben verschoben ↑</translation>
    </message>
    <message>
        <source>↑ moved here from above</source>
        <translation>↑ von oben hierher verschoben</translation>
    </message>
    <message>
        <source>also says row %1</source>
        <translation>sagt auch Zeile %1</translation>
    </message>
    <message>
        <source>also says rows %1</source>
        <translation>sagt auch Zeilen %1</translation>
    </message>
    <message>
        <source>↓ moved here from below</source>
        <translation>↓ von unten hierher verschoben</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>nicht in dieser Version</translation>
    </message>
    <message>
        <source>Nothing to show: every row is hidden boilerplate or belongs to a hidden version.</source>
        <translation>Nichts anzuzeigen: Jede Zeile ist ausgeblendetes Beiwerk oder gehört zu einer ausgeblendeten Version.</translation>
    </message>
    <message>
        <source>Open a folder of article versions (Ctrl+O) or drop files, a folder or text from a browser here.</source>
        <translation>Öffnen Sie einen Ordner mit Artikelversionen (Strg+O) oder ziehen Sie Dateien, einen Ordner oder Text aus einem Browser hierher.</translation>
    </message>
    <message>
        <source>Go to the other place (row %1)</source>
        <translation>Zur anderen Stelle springen (Zeile %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that read the same in every shown version</source>
        <translation>
            <numerusform>%n Zeile, die in jeder angezeigten Version gleich lautet</numerusform>
            <numerusform>%n Zeilen, die in jeder angezeigten Version gleich lauten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n identical sentence(s) — click or press Enter to show</source>
        <translation>
            <numerusform>⋯ %n gleicher Satz – zum Anzeigen klicken oder Eingabetaste drücken</numerusform>
            <numerusform>⋯ %n gleiche Sätze – zum Anzeigen klicken oder Eingabetaste drücken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SourceView</name>
    <message>
        <source>Select a sentence to see it in its source file.</source>
        <translation>Wählen Sie einen Satz, um ihn in seiner Quelldatei zu sehen.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>hineingezogener Text</translation>
    </message>
    <message>
        <source> (sentence not found in the source)</source>
        <translation> (Satz in der Quelle nicht gefunden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2%3</translation>
    </message>
</context>
<context>
    <name>Parallax::TimelineStrip</name>
    <message>
        <source>Timeline of the versions</source>
        <translation>Zeitleiste der Versionen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (file date)</source>
        <translation>%1 (Dateidatum)</translation>
    </message>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (aus dem Dateinamen)</translation>
    </message>
    <message>
        <source>The earliest version</source>
        <translation>Die früheste Version</translation>
    </message>
    <message>
        <source>Against %1: %2 sentence(s) added, %3 removed, %4 reworded, %5 moved</source>
        <translation>Gegenüber %1: %2 Satz/Sätze hinzugefügt, %3 entfernt, %4 umformuliert, %5 verschoben</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Changed without a correction or update notice (stealth edit)</source>
        <translation>Ohne Korrektur- oder Aktualisierungshinweis geändert (stille Änderung)</translation>
    </message>
    <message>
        <source>The timeline appears when versions are compared.</source>
        <translation>Die Zeitleiste erscheint, sobald Versionen verglichen werden.</translation>
    </message>
    <message>
        <source>When each version appeared and how much of the one before it it changed; click a version to go to its changes</source>
        <translation>Wann jede Version erschien und wie viel sie an der vorherigen änderte; ein Klick auf eine Version springt zu ihren Änderungen</translation>
    </message>
    <message>
        <source>%1 (as the text states)</source>
        <translation>%1 (laut Text)</translation>
    </message>
    <message>
        <source>%1 (document properties)</source>
        <translation>%1 (Dokumenteigenschaften)</translation>
    </message>
    <message>
        <source>Measuring how much each version changed the one before it…</source>
        <translation>Es wird gemessen, wie stark jede Version die vorige geändert hat …</translation>
    </message>
</context>
<context>
    <name>Parallax::VersionChooser</name>
    <message>
        <source>Choose Versions</source>
        <translation>Versionen auswählen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Only the &amp;Base</source>
        <translation>Nur die &amp;Basis</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) shown</source>
        <translation>
            <numerusform>%n Version angezeigt</numerusform>
            <numerusform>%n Versionen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::VersionsPanel</name>
    <message>
        <source>Make “%1” the Base</source>
        <translation>„%1“ zur Basis machen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Behält</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Share of the base version&apos;s sentences this version keeps</source>
        <translation>Anteil der Sätze der Basisversion, den diese Version behält</translation>
    </message>
    <message>
        <source>Share of this version&apos;s sentences that are not in the base</source>
        <translation>Anteil der Sätze dieser Version, die nicht in der Basis stehen</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (Basis)</translation>
    </message>
    <message>
        <source>%1 and %2 share %3 of their content</source>
        <translation>%1 und %2 teilen %3 ihres Inhalts</translation>
    </message>
    <message>
        <source>The base: the others&apos; changes are counted against it</source>
        <translation>Die Basis: Die Änderungen der anderen werden an ihr gezählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps&lt;/b&gt;: share of the base&apos;s sentences a version keeps. &lt;b&gt;Own&lt;/b&gt;: share of its sentences not in the base. &lt;b&gt;Facts&lt;/b&gt;: substantive changes (their reasons in the tooltip). &lt;b&gt;1, 2, …&lt;/b&gt;: percent of content shared with each version. Double-click a version to make it the base.</source>
        <translation>&lt;b&gt;Behält&lt;/b&gt;: Anteil der Sätze der Basis, den eine Version behält. &lt;b&gt;Eigen&lt;/b&gt;: Anteil ihrer Sätze, die nicht in der Basis stehen. &lt;b&gt;Fakten&lt;/b&gt;: inhaltliche Änderungen (ihre Gründe im Tooltip). &lt;b&gt;1, 2, …&lt;/b&gt;: Prozent des Inhalts, den sie mit jeder Version teilt. Ein Doppelklick auf eine Version macht sie zur Basis.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Substantive changes against the base: figures, dates, names, claims; by reason in the tooltip</source>
        <translation>Inhaltliche Änderungen gegenüber der Basis: Zahlen, Daten, Namen, Aussagen; nach Grund im Tooltip</translation>
    </message>
    <message>
        <source>The earliest version: the next one is measured against it</source>
        <translation>Die früheste Version: Die nächste wird an ihr gemessen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps&lt;/b&gt;: share of the previous version&apos;s sentences (in time) a version keeps. &lt;b&gt;New&lt;/b&gt;: share of its sentences new since then. &lt;b&gt;Facts&lt;/b&gt;: substantive changes since the previous version. &lt;b&gt;1, 2, …&lt;/b&gt;: percent of content shared with each version.</source>
        <translation>&lt;b&gt;Behält&lt;/b&gt;: Anteil der Sätze der zeitlich vorigen Version, den eine Version behält. &lt;b&gt;Neu&lt;/b&gt;: Anteil ihrer seitdem neuen Sätze. &lt;b&gt;Fakten&lt;/b&gt;: inhaltliche Änderungen seit der vorigen Version. &lt;b&gt;1, 2, …&lt;/b&gt;: Prozent des Inhalts, den sie mit jeder Version teilt.</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the base&apos;s sentences</source>
        <translation>%1 behält %2 der Sätze der Basis</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s sentences are not in the base</source>
        <translation>%1 der Sätze von %2 stehen nicht in der Basis</translation>
    </message>
    <message>
        <source>%1 is the earliest version: nothing comes before it</source>
        <translation>%1 ist die früheste Version: Nichts kommt davor</translation>
    </message>
    <message>
        <source>%1 has no place in time order</source>
        <translation>%1 hat keinen Platz in der zeitlichen Reihenfolge</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the sentences of %3, the version before it</source>
        <translation>%1 behält %2 der Sätze von %3, der Version davor</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s sentences are new since %3, the version before it</source>
        <translation>%1 der Sätze von %2 sind neu seit %3, der Version davor</translation>
    </message>
    <message>
        <source>Keeps of the previous</source>
        <translation>Behält von der vorigen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Share of the previous version&apos;s sentences (in time) this version keeps</source>
        <translation>Anteil der Sätze der zeitlich vorigen Version, den diese Version behält</translation>
    </message>
    <message>
        <source>Share of this version&apos;s sentences that are new since the previous version</source>
        <translation>Anteil der Sätze dieser Version, die seit der vorigen Version neu sind</translation>
    </message>
    <message>
        <source>Substantive changes since the previous version: figures, dates, names, claims; by reason in the tooltip</source>
        <translation>Inhaltliche Änderungen seit der vorigen Version: Zahlen, Daten, Namen, Aussagen; nach Grund im Tooltip</translation>
    </message>
    <message>
        <source>%1 (earliest)</source>
        <translation>%1 (früheste)</translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>no version could be read</source>
        <translation>keine Version konnte gelesen werden</translation>
    </message>
    <message>
        <source>only one version could be read</source>
        <translation>nur eine Version konnte gelesen werden</translation>
    </message>
    <message>
        <source>%1/%2 stories</source>
        <translation>%1/%2 Meldungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>Compare every story of an archive: each sub-folder of ROOT is one story, compared as &apos;parallax compare&apos; compares a folder. One JSON report per story and a summary.csv go to the output folder. Stories whose report is newer than their files are not compared again, so an interrupted run resumes.

Exit status: 0 when every story was compared; 2 when some could not be (they are listed, in the summary too); 1 when nothing could be done.</source>
        <translation>Alle Meldungen eines Archivs vergleichen: Jeder Unterordner von ROOT ist eine Meldung und wird so verglichen, wie ‚parallax compare‘ einen Ordner vergleicht. Ein JSON-Bericht je Meldung und eine summary.csv kommen in den Ausgabeordner. Meldungen, deren Bericht neuer ist als ihre Dateien, werden nicht erneut verglichen; ein unterbrochener Lauf setzt also fort.

Exit-Status: 0, wenn jede Meldung verglichen wurde; 2, wenn einige nicht verglichen werden konnten (sie werden aufgeführt, auch in der Zusammenfassung); 1, wenn nichts getan werden konnte.</translation>
    </message>
    <message>
        <source>Write the reports to DIR (default: ROOT-parallax beside ROOT).</source>
        <translation>Die Berichte nach DIR schreiben (Vorgabe: ROOT-parallax neben ROOT).</translation>
    </message>
    <message>
        <source>Compare N stories at a time (default: one per processor).</source>
        <translation>N Meldungen gleichzeitig vergleichen (Vorgabe: eine je Prozessor).</translation>
    </message>
    <message>
        <source>Compare every story again, even those whose report is current.</source>
        <translation>Jede Meldung erneut vergleichen, auch die mit aktuellem Bericht.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>Die Sprache CODE (de, en, fr) statt der des Systems sprechen.</translation>
    </message>
    <message>
        <source>A folder with one sub-folder per story.</source>
        <translation>Ein Ordner mit einem Unterordner je Meldung.</translation>
    </message>
    <message>
        <source>parallax batch: give one folder, whose sub-folders are the stories</source>
        <translation>parallax batch: einen Ordner angeben, dessen Unterordner die Meldungen sind</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>parallax batch: --jobs needs a number of at least 1</source>
        <translation>parallax batch: --jobs braucht eine Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>der Ordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 files directly in the folder are not part of any story (compare them with &apos;parallax compare&apos;)</source>
        <translation>%1 Dateien direkt im Ordner gehören zu keiner Meldung (mit ‚parallax compare‘ vergleichen)</translation>
    </message>
    <message>
        <source>no sub-folders: there is no story to compare</source>
        <translation>keine Unterordner: keine Meldung zu vergleichen</translation>
    </message>
    <message>
        <source>the report %1 cannot be read back</source>
        <translation>der Bericht %1 kann nicht wieder gelesen werden</translation>
    </message>
    <message>
        <source>parallax batch: %1 stories: %2 compared, %3 resumed from earlier reports, %4 failed; summary in %5 (%6 s)</source>
        <translation>parallax batch: %1 Meldungen: %2 verglichen, %3 aus früheren Berichten übernommen, %4 fehlgeschlagen; Zusammenfassung in %5 (%6 s)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The base version: a version&apos;s name, file name or path.</source>
        <translation>Die Basisversion: Name, Dateiname oder Pfad einer Version.</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for standard output).</source>
        <translation>Den JSON-Bericht in FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write the annotated PDF to FILE.</source>
        <translation>Das annotierte PDF in FILE schreiben.</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>Artikeldateien oder Ordner.</translation>
    </message>
    <message>
        <source>parallax compare: no files or folders given</source>
        <translation>parallax compare: keine Dateien oder Ordner angegeben</translation>
    </message>
    <message>
        <source>parallax compare: fewer than two versions could be read</source>
        <translation>parallax compare: weniger als zwei Versionen konnten gelesen werden</translation>
    </message>
    <message>
        <source>parallax: there is no translation for &apos;%1&apos;; using %2.</source>
        <translation>parallax: Für „%1“ gibt es keine Übersetzung; verwendet wird %2.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s or the one chosen in the window.</source>
        <translation>Die Sprache CODE (de, en, fr) statt der des Systems oder der im Fenster gewählten verwenden.</translation>
    </message>
    <message>
        <source>Article files or folders to compare.</source>
        <translation>Zu vergleichende Artikeldateien oder Ordner.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>In der Sprache CODE (de, en, fr) sprechen statt in der des Systems.</translation>
    </message>
    <message>
        <source>Compare article versions and write a report.

Exit status: 0 when every file was read and the report written; 2 when some files could not be read (they are listed, and the report covers the others); 1 when no report was written (fewer than two versions, a --base that names no version or several, an output that is refused or cannot be written).</source>
        <translation>Artikelversionen vergleichen und einen Bericht schreiben.

Rückgabewert: 0, wenn jede Datei gelesen und der Bericht geschrieben wurde; 2, wenn einige Dateien nicht gelesen werden konnten (sie werden aufgeführt, und der Bericht umfasst die anderen); 1, wenn kein Bericht geschrieben wurde (weniger als zwei Versionen, ein --base, das keine oder mehrere Versionen nennt, eine Ausgabe, die abgelehnt wird oder nicht geschrieben werden kann).</translation>
    </message>
    <message>
        <source>parallax compare: nothing compared, no report written</source>
        <translation>parallax compare: nichts verglichen, kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>parallax compare: --base must name one of: %1</source>
        <translation>parallax compare: --base muss eine dieser Versionen nennen: %1</translation>
    </message>
    <message>
        <source>Write the HTML report (one self-contained file) to FILE.</source>
        <translation>Den HTML-Bericht (eine eigenständige Datei) in FILE schreiben.</translation>
    </message>
    <message>
        <source>Write the changes as CSV to FILE.</source>
        <translation>Die Änderungen als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Number typography and spelling changes in the PDF and HTML too.</source>
        <translation>Im PDF und im HTML auch Typografie- und Rechtschreibänderungen nummerieren.</translation>
    </message>
    <message>
        <source>two reports cannot be written to one file</source>
        <translation>zwei Berichte können nicht in dieselbe Datei geschrieben werden</translation>
    </message>
    <message>
        <source>parallax compare: no report written</source>
        <translation>parallax compare: kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>Read a saved session (.parallax): its files when no PATH is given, its base when no --base is, and its notes, which the reports include.</source>
        <translation>Eine gespeicherte Sitzung (.parallax) lesen: ihre Dateien, wenn kein PATH angegeben ist, ihre Basis, wenn kein --base angegeben ist, und ihre Notizen, die die Berichte enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>parallax compare: %n note(s) could not be placed; the reports list them as orphaned</source>
        <translation>
            <numerusform>parallax compare: %n Notiz konnte nicht zugeordnet werden; die Berichte führen sie als verwaist auf</numerusform>
            <numerusform>parallax compare: %n Notizen konnten nicht zugeordnet werden; die Berichte führen sie als verwaist auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Read versions of an article side by side.

parallax compare --help: the command-line comparison.
parallax batch --help: every story of an archive.</source>
        <translation>Versionen eines Artikels nebeneinander lesen.

parallax compare --help: der Vergleich auf der Kommandozeile.
parallax batch --help: alle Meldungen eines Archivs.</translation>
    </message>
    <message>
        <source>Order the versions by name (as the files are named, the default) or by time (their dates, earliest first).</source>
        <translation>Die Versionen nach Namen ordnen (wie die Dateien heißen, die Vorgabe) oder nach Zeit (nach ihrem Datum, die früheste zuerst).</translation>
    </message>
    <message>
        <source>Also report each version against the previous one in time (previous), beside the changes against the base (base, the default).</source>
        <translation>Zusätzlich jede Version gegenüber der zeitlich vorherigen berichten (previous), neben den Änderungen gegenüber der Basis (base, die Vorgabe).</translation>
    </message>
    <message>
        <source>parallax compare: --order takes name or time, --against previous or base</source>
        <translation>parallax compare: --order erwartet name oder time, --against previous oder base</translation>
    </message>
</context>
</TS>
