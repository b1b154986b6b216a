<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Parallax::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message numerus="yes">
        <source>%n quotation(s) found, the same in every version.</source>
        <translation>
            <numerusform>%n quotation found, the same in every version.</numerusform>
            <numerusform>%n quotations found, the same in every version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 quotation(s) differ between the versions.</source>
        <translation>
            <numerusform>%n of %1 quotations differs between the versions.</numerusform>
            <numerusform>%n of %1 quotations differ between the versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s) could not be read&lt;/b&gt;; the others are compared.</source>
        <translation>
            <numerusform>&lt;b&gt;%n file could not be read&lt;/b&gt;; the others are compared.</numerusform>
            <numerusform>&lt;b&gt;%n files could not be read&lt;/b&gt;; the others are compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of the chosen reasons</source>
        <translation>
            <numerusform>, %n of the chosen reasons</numerusform>
            <numerusform>, %n of the chosen reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) · %1 rows · %2 changes, %3 substantive</source>
        <translation>
            <numerusform>%n version · %1 rows · %2 changes, %3 substantive</numerusform>
            <numerusform>%n versions · %1 rows · %2 changes, %3 substantive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be placed: their passage is no longer in the files. They are listed as orphaned in the Notes panel with their old text.</source>
        <translation>
            <numerusform>%n note could not be placed: its passage is no longer in the files. It is listed as orphaned in the Notes panel with its old text.</numerusform>
            <numerusform>%n notes could not be placed: their passage is no longer in the files. They are listed as orphaned in the Notes panel with their old text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their place after the files changed; they are kept as orphaned.</source>
        <translation>
            <numerusform>%n note lost its place after the files changed; it is kept as orphaned.</numerusform>
            <numerusform>%n notes lost their place after the files changed; they are kept as orphaned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close normally and %n note(s) were not saved. Recover them?</source>
        <translation>
            <numerusform>Parallax did not close normally and %n note was not saved. Recover it?</numerusform>
            <numerusform>Parallax did not close normally and %n notes were not saved. Recover them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>%n file read again</numerusform>
            <numerusform>%n files read again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExporter</name>
    <message numerus="yes">
        <source>%n change(s) numbered and explained in the notes column beside the rows.</source>
        <translation>
            <numerusform>%n change is numbered and explained in the notes column beside its row.</numerusform>
            <numerusform>%n changes are numbered and explained in the notes column beside their rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n altered</source>
        <translation>
            <numerusform>%n altered</numerusform>
            <numerusform>%n altered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cut</source>
        <translation>
            <numerusform>%n cut</numerusform>
            <numerusform>%n cut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ReasonCounts</name>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n substantive</source>
        <translation>
            <numerusform>%n substantive</numerusform>
            <numerusform>%n substantive</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SideBySideView</name>
    <message numerus="yes">
        <source>%n row(s) that read the same in every shown version</source>
        <translation>
            <numerusform>%n row that reads the same in every shown version</numerusform>
            <numerusform>%n rows that read the same in every shown version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n identical sentence(s) — click or press Enter to show</source>
        <translation>
            <numerusform>⋯ %n identical sentence — click or press Enter to show</numerusform>
            <numerusform>⋯ %n identical sentences — click or press Enter to show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::VersionChooser</name>
    <message numerus="yes">
        <source>%n version(s) shown</source>
        <translation>
            <numerusform>%n version shown</numerusform>
            <numerusform>%n versions shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>parallax compare: %n note(s) could not be placed; the reports list them as orphaned</source>
        <translation>
            <numerusform>parallax compare: %n note could not be placed; the reports list it as orphaned</numerusform>
            <numerusform>parallax compare: %n notes could not be placed; the reports list them as orphaned</numerusform>
        </translation>
    </message>
</context>
</TS>
