<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Parallax::ColorSchemeMenu</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>Colour Sche&amp;me</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Par &amp;défaut du système</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonModel</name>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>typography</source>
        <translation>typographie</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>orthographe</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>formulation</translation>
    </message>
    <message>
        <source>substantive</source>
        <translation>fond</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>typographic</source>
        <translation>typographique</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronquée</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>allongée</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnée</translation>
    </message>
    <message>
        <source>%1: added “%2”</source>
        <translation>%1&#xa0;: ajout de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: removed “%2”</source>
        <translation>%1&#xa0;: suppression de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>citation %1</translation>
    </message>
    <message>
        <source>‘%1’ → ‘%2’</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>propos de %1</translation>
    </message>
    <message>
        <source>%1 (base version)</source>
        <translation>%1 (version de base)</translation>
    </message>
    <message>
        <source>%1: nothing here</source>
        <translation>%1&#xa0;: rien ici</translation>
    </message>
    <message>
        <source>%1: as in the base version</source>
        <translation>%1&#xa0;: comme dans la version de base</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1&#xa0;: modifiée</translation>
    </message>
    <message>
        <source>%1: added, not in the base version</source>
        <translation>%1&#xa0;: ajoutée, absente de la version de base</translation>
    </message>
    <message>
        <source>%1: moved to row %2</source>
        <translation>%1&#xa0;: déplacée à la ligne %2</translation>
    </message>
    <message>
        <source>%1: left out of this version</source>
        <translation>%1&#xa0;: omise dans cette version</translation>
    </message>
    <message>
        <source>%1: moved; the base has it at row %2</source>
        <translation>%1&#xa0;: déplacée&#x202f;; la version de base l’a à la ligne %2</translation>
    </message>
    <message>
        <source>%1: moved; %2 has it at row %3</source>
        <translation>%1&#xa0;: déplacée&#x202f;; %2 l’a à la ligne %3</translation>
    </message>
    <message>
        <source>%1: moved</source>
        <translation>%1&#xa0;: déplacée</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
    <message>
        <source>Base version: the others are compared with it. Select a sentence in another version to see here which of the base&apos;s words it changed.</source>
        <translation>Version de base&#xa0;: les autres lui sont comparées. Sélectionnez une phrase dans une autre version pour voir ici quels mots de la base elle a modifiés.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>negation</source>
        <translation>négation</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>quoted words</source>
        <translation>mots cités</translation>
    </message>
    <message>
        <source>claim added</source>
        <translation>affirmation ajoutée</translation>
    </message>
    <message>
        <source>claim dropped</source>
        <translation>affirmation retirée</translation>
    </message>
    <message>
        <source>opposite</source>
        <translation>contraire</translation>
    </message>
    <message>
        <source>content word</source>
        <translation>mot de contenu</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>standfirst</source>
        <translation>chapô</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>lieu et date</translation>
    </message>
    <message>
        <source>lede</source>
        <translation>attaque</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Part of the story: %1</source>
        <translation>Partie de l’article&#xa0;: %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date in the file name: %1</source>
        <translation>Date dans le nom du fichier : %1</translation>
    </message>
    <message>
        <source>File date: %1</source>
        <translation>Date du fichier : %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>Date the text states: %1</source>
        <translation>Date indiquée par le texte : %1</translation>
    </message>
    <message>
        <source>Document date: %1</source>
        <translation>Date du document : %1</translation>
    </message>
    <message>
        <source>%1 (earliest)</source>
        <translation>%1 (la plus ancienne)</translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message>
        <source>Find in all versions:</source>
        <translation>Rechercher dans toutes les versions&#xa0;:</translation>
    </message>
    <message>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <source>en</source>
        <comment>the BCP 47 code of the language this translation is in</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Substantive changes by reason</source>
        <translation>Modifications de fond par motif</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. The changed words of a version are highlighted (point at them to read the change); a number after them refers to the notes column, which quotes the base’s words and the version’s.</source>
        <translation>Chaque ligne contient une phrase de chaque version, alignée sur la base. Les mots modifiés d’une version sont surlignés (pointez-les pour lire la modification)&#x202f;; le numéro qui les suit renvoie à la colonne des notes, qui cite les mots de la base et ceux de la version.</translation>
    </message>
    <message>
        <source>Moved: the marker links to the row of its counterpart</source>
        <translation>Déplacement&#xa0;: le repère renvoie à la ligne de son pendant</translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) found, the same in every version.</source>
        <translation>
            <numerusform>%n citation trouvée, identique dans toutes les versions.</numerusform>
            <numerusform>%n citations trouvées, identiques dans toutes les versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 quotation(s) differ between the versions.</source>
        <translation>
            <numerusform>%n citation sur %1 diffère entre les versions.</numerusform>
            <numerusform>%n citations sur %1 diffèrent entre les versions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
</context>
<context>
    <name>Parallax::LanguageMenu</name>
    <message>
        <source>Follow the System</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes to %1 the next time Parallax starts.</source>
        <translation>Parallax utilisera la langue %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>Parallax::Legend</name>
    <message>
        <source>Moved: the marker names the row of its counterpart; click it to go there</source>
        <translation>Déplacée&#xa0;: la marque indique la ligne de sa contrepartie&#xa0;; cliquer pour y aller</translation>
    </message>
</context>
<context>
    <name>Parallax::LegendPanel</name>
    <message>
        <source>The selected sentence: its row tinted in every version, the cell framed. The base column then underlines the words the selected version changed.</source>
        <translation>La phrase sélectionnée&#xa0;: sa ligne est teintée dans chaque version, la cellule encadrée. La colonne de base souligne alors les mots que la version sélectionnée a modifiés.</translation>
    </message>
    <message>
        <source>Overview strip (right edge): a mark for every row with changes, in the colour of its strongest change; click it to go there.</source>
        <translation>Bande d’aperçu (bord droit)&#xa0;: une marque pour chaque ligne modifiée, de la couleur de sa modification la plus forte&#xa0;; cliquer pour y aller.</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. Select a sentence in any version to see what it changed.</source>
        <translation>Chaque ligne contient une phrase de chaque version, alignée sur la base. Sélectionnez une phrase d’une version pour voir ce qu’elle a modifié.</translation>
    </message>
</context>
<context>
    <name>Parallax::LoadError</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>a link to a file that does not exist (%1)</source>
        <translation>un lien vers un fichier qui n’existe pas (%1)</translation>
    </message>
    <message>
        <source>a link that leads back to itself through other links (%1)</source>
        <translation>un lien qui, par d’autres liens, renvoie à lui-même (%1)</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>pas un fichier ordinaire (un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>is a folder, not an article file</source>
        <translation>est un dossier, pas un fichier d’article</translation>
    </message>
    <message>
        <source>file is %1 MB; Parallax reads article files of up to %2 MB</source>
        <translation>le fichier fait %1&#xa0;Mo&#xa0;; Parallax lit les fichiers d’article jusqu’à %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>file is %1 MB; Parallax reads single-file web pages of up to %2 MB</source>
        <translation>le fichier fait %1&#xa0;Mo&#xa0;; Parallax lit les pages web enregistrées en un seul fichier jusqu’à %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>text is %1 MB; Parallax reads articles of up to %2 MB</source>
        <translation>le texte fait %1&#xa0;Mo&#xa0;; Parallax lit les articles jusqu’à %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>not a text file (mostly control characters)</source>
        <translation>pas un fichier texte (presque uniquement des caractères de contrôle)</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>l’encodage du texte n’a pas pu être reconnu</translation>
    </message>
    <message>
        <source>invalid %1 text</source>
        <translation>texte %1 non valide</translation>
    </message>
    <message>
        <source>the HTML parser could not read this page</source>
        <translation>l’analyseur HTML n’a pas pu lire cette page</translation>
    </message>
    <message>
        <source>the Markdown parser stopped early</source>
        <translation>l’analyseur Markdown s’est arrêté avant la fin</translation>
    </message>
    <message>
        <source>not a readable MHTML file: it has no MIME Content-Type header</source>
        <translation>pas un fichier MHTML lisible&#xa0;: il n’a pas d’en-tête MIME «&#xa0;Content-Type&#xa0;»</translation>
    </message>
    <message>
        <source>not a readable MHTML file: the multipart message names no boundary</source>
        <translation>pas un fichier MHTML lisible&#xa0;: le message multipart n’indique aucune limite («&#xa0;boundary&#xa0;»)</translation>
    </message>
    <message>
        <source>not a readable MHTML file: no HTML part in the archive</source>
        <translation>pas un fichier MHTML lisible&#xa0;: l’archive ne contient aucune partie HTML</translation>
    </message>
    <message>
        <source>not a readable MHTML file: its content is %1, not a web page</source>
        <translation>pas un fichier MHTML lisible&#xa0;: son contenu est %1, pas une page web</translation>
    </message>
    <message>
        <source>not a readable MHTML file: its HTML part is empty</source>
        <translation>pas un fichier MHTML lisible&#xa0;: sa partie HTML est vide</translation>
    </message>
    <message>
        <source>no readable text found</source>
        <translation>aucun texte lisible trouvé</translation>
    </message>
    <message>
        <source>the folder cannot be read (permission denied)</source>
        <translation>le dossier ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>the folder holds no .txt, .md, .html or .mhtml files</source>
        <translation>le dossier ne contient aucun fichier .txt, .md, .html ou .mhtml</translation>
    </message>
    <message>
        <source>holds the images and scripts saved with %1, not an article</source>
        <translation>contient les images et les scripts enregistrés avec %1, pas un article</translation>
    </message>
    <message>
        <source>not a text file (it holds NUL bytes or other binary data)</source>
        <translation>pas un fichier texte (il contient des octets NUL ou d’autres données binaires)</translation>
    </message>
    <message>
        <source>the same file as %1, read once</source>
        <translation>le même fichier que %1, lu une seule fois</translation>
    </message>
    <message>
        <source>more than one version has that name: %1</source>
        <translation>plus d’une version porte ce nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>no version has that name, file name or path</source>
        <translation>aucune version n’a ce nom, ce nom de fichier ou ce chemin</translation>
    </message>
    <message>
        <source>too long: %1 sentences; Parallax compares articles of up to %2 sentences</source>
        <translation>trop long&#xa0;: %1 phrases&#xa0;; Parallax compare des articles d’au plus %2 phrases</translation>
    </message>
    <message>
        <source>too long: %1 characters of text; Parallax compares articles of up to %2 characters</source>
        <translation>trop long&#xa0;: %1 caractères de texte&#xa0;; Parallax compare des articles d’au plus %2 caractères</translation>
    </message>
    <message>
        <source>not a readable %1 document: it is damaged or cut short</source>
        <translation>document %1 illisible : il est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>refused: this %1 archive would unpack to more data or parts than a document holds</source>
        <translation>refusé : cette archive %1 se décompresserait en plus de données ou de parties qu’un document n’en contient</translation>
    </message>
    <message>
        <source>refused: the XML of this %1 document declares entities, which are not expanded</source>
        <translation>refusé : le XML de ce document %1 déclare des entités, qui ne sont pas développées</translation>
    </message>
    <message>
        <source>the %1 document is encrypted (password protected)</source>
        <translation>le document %1 est chiffré (protégé par mot de passe)</translation>
    </message>
    <message>
        <source>the PDF has no text layer (scanned pages or images only); run OCR first</source>
        <translation>le PDF n’a pas de couche de texte (pages numérisées ou images seulement) ; lancez d’abord une reconnaissance de texte (OCR)</translation>
    </message>
    <message>
        <source>the e-mail has no text or HTML part</source>
        <translation>le courriel n’a pas de partie texte ou HTML</translation>
    </message>
    <message>
        <source>too long: %1 pages; Parallax reads PDFs of up to %2 pages</source>
        <translation>trop long&#xa0;: %1 pages&#xa0;; Parallax lit des PDF d’au plus %2 pages</translation>
    </message>
    <message>
        <source>too long: more than %1 lines of text; Parallax compares articles of up to %2 sentences</source>
        <translation>trop long&#xa0;: plus de %1 lignes de texte&#xa0;; Parallax compare des articles d’au plus %2 phrases</translation>
    </message>
    <message>
        <source>refused: reading the text of this PDF needs more than %1 MB of memory (it may be damaged)</source>
        <translation>refusé&#xa0;: lire le texte de ce PDF demande plus de %1&#xa0;Mo de mémoire (il est peut-être endommagé)</translation>
    </message>
    <message>
        <source>refused: reading the text of this PDF takes longer than %1 s (it may be damaged)</source>
        <translation>refusé&#xa0;: lire le texte de ce PDF prend plus de %1&#xa0;s (il est peut-être endommagé)</translation>
    </message>
    <message>
        <source>the PDF reader crashed on this file (%1)</source>
        <translation>le lecteur de PDF a planté sur ce fichier (%1)</translation>
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
        <translation>Citations</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Ouvrir des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Add Versions…</source>
        <translation>&amp;Ajouter des versions…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in All Versions…</source>
        <translation>&amp;Rechercher dans les versions…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Hide &amp;Cosmetic Changes</source>
        <translation>Masquer les retouches &amp;cosmétiques</translation>
    </message>
    <message>
        <source>Hide typography and spelling changes</source>
        <translation>Masquer les modifications de typographie et d’orthographe</translation>
    </message>
    <message>
        <source>Show &amp;Boilerplate</source>
        <translation>Afficher l’&amp;habillage</translation>
    </message>
    <message>
        <source>Show newsletter prompts, link lists and other page furniture</source>
        <translation>Afficher l’habillage de la page&#xa0;: invitations à la newsletter, listes de liens, etc.</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Substantive Change</source>
        <translation>Modification de fon&amp;d suivante</translation>
    </message>
    <message>
        <source>Previous Substantive Change</source>
        <translation>Modification de fond précédente</translation>
    </message>
    <message>
        <source>Next &amp;Wording Change</source>
        <translation>Modification de &amp;formulation suivante</translation>
    </message>
    <message>
        <source>Previous Wording Change</source>
        <translation>Modification de formulation précédente</translation>
    </message>
    <message>
        <source>Next Spe&amp;lling Change</source>
        <translation>Modification d’&amp;orthographe suivante</translation>
    </message>
    <message>
        <source>Next &amp;Typography Change</source>
        <translation>Modification &amp;typographique suivante</translation>
    </message>
    <message>
        <source>No further change of this kind below</source>
        <translation>Aucune autre modification de ce type en dessous</translation>
    </message>
    <message>
        <source>No further change of this kind above</source>
        <translation>Aucune autre modification de ce type au-dessus</translation>
    </message>
    <message>
        <source>Next &amp;Quote Divergence</source>
        <translation>Citation di&amp;vergente suivante</translation>
    </message>
    <message>
        <source>No further diverging quotation below</source>
        <translation>Aucune autre citation divergente en dessous</translation>
    </message>
    <message>
        <source>Previous Quote &amp;Divergence</source>
        <translation>Citation divergente pré&amp;cédente</translation>
    </message>
    <message>
        <source>No further diverging quotation above</source>
        <translation>Aucune autre citation divergente au-dessus</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>&amp;Base Version</source>
        <translation>Version de &amp;base</translation>
    </message>
    <message>
        <source>&amp;Show All Versions</source>
        <translation>&amp;Afficher toutes les versions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Parallax</source>
        <translation>À &amp;propos de Parallax</translation>
    </message>
    <message>
        <source>About Parallax</source>
        <translation>À propos de Parallax</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parallax&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Read versions of an article side by side: added, dropped and moved sentences, changed words by kind, and quotations compared across outlets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parallax&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Lire côte à côte les versions d’un article&#xa0;: phrases ajoutées, supprimées et déplacées, mots modifiés classés par type, et citations comparées d’un média à l’autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Comparison canceled</source>
        <translation>Comparaison annulée</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparaison de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped text %1</source>
        <translation>Texte déposé %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The dropped text could not be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le texte déposé n’a pas pu être lu&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Comparing against %1…</source>
        <translation>Comparaison par rapport à %1…</translation>
    </message>
    <message>
        <source>%1 — Parallax</source>
        <translation>%1 — Parallax</translation>
    </message>
    <message>
        <source>No article files (.txt, .md, .html) were found in %1.</source>
        <translation>Aucun fichier d’article (.txt, .md, .html) n’a été trouvé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s) could not be read&lt;/b&gt;; the others are compared.</source>
        <translation>
            <numerusform>&lt;b&gt;%n fichier n’a pas pu être lu&lt;/b&gt;&#x202f;; les autres sont comparés.</numerusform>
            <numerusform>&lt;b&gt;%n fichiers n’ont pas pu être lus&lt;/b&gt;&#x202f;; les autres sont comparés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A file changed on disk: comparing again</source>
        <translation>Un fichier a changé sur le disque&#xa0;: nouvelle comparaison</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Make “%1” the Base</source>
        <translation>Prendre «&#xa0;%1&#xa0;» comme base</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>Masquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show All Versions</source>
        <translation>Afficher toutes les versions</translation>
    </message>
    <message>
        <source>Copy Sentence</source>
        <translation>Copier la phrase</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <source>Make This Version the Base</source>
        <translation>Prendre cette version comme base</translation>
    </message>
    <message>
        <source>Hide This Version</source>
        <translation>Masquer cette version</translation>
    </message>
    <message>
        <source>Open a Folder of Versions</source>
        <translation>Ouvrir un dossier de versions</translation>
    </message>
    <message>
        <source>Open Versions</source>
        <translation>Ouvrir des versions</translation>
    </message>
    <message>
        <source>Add Versions</source>
        <translation>Ajouter des versions</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export canceled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The PDF could not be written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le PDF n’a pas pu être écrit&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Writing PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message numerus="yes">
        <source>, %n of the chosen reasons</source>
        <translation>
            <numerusform>, dont %n des motifs choisis</numerusform>
            <numerusform>, dont %n des motifs choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Change of This &amp;Reason</source>
        <translation>Modification suivante pour ce &amp;motif</translation>
    </message>
    <message>
        <source>Previous Change of This Reason</source>
        <translation>Modification précédente pour ce motif</translation>
    </message>
    <message>
        <source>Next Change of the Ch&amp;osen Reasons</source>
        <translation>Modification suivante des motifs c&amp;hoisis</translation>
    </message>
    <message>
        <source>Previous Change of the Chosen Reasons</source>
        <translation>Modification précédente des motifs choisis</translation>
    </message>
    <message>
        <source>From the selected substantive change to the next one with the same reason</source>
        <translation>De la modification de fond choisie à la suivante ayant le même motif</translation>
    </message>
    <message>
        <source>Follow some reasons of substantive changes (numbers, names, …): the others are shown faintly and navigation skips them</source>
        <translation>Ne suivre que certains motifs des modifications de fond (nombres, noms, …)&#xa0;: les autres sont affichés en pâle et la navigation les saute</translation>
    </message>
    <message>
        <source>Select a substantive change first: the next change with its reason is found</source>
        <translation>Sélectionnez d’abord une modification de fond&#xa0;: la suivante ayant le même motif sera cherchée</translation>
    </message>
    <message>
        <source>No further %1 change below</source>
        <translation>Aucune autre modification (%1) en dessous</translation>
    </message>
    <message>
        <source>No further %1 change above</source>
        <translation>Aucune autre modification (%1) au-dessus</translation>
    </message>
    <message>
        <source>No further change of the chosen reasons below</source>
        <translation>Aucune autre modification des motifs choisis en dessous</translation>
    </message>
    <message>
        <source>No further change of the chosen reasons above</source>
        <translation>Aucune autre modification des motifs choisis au-dessus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was compared:&lt;/b&gt; no version could be read.</source>
        <translation>&lt;b&gt;Rien n’a été comparé&#xa0;:&lt;/b&gt; aucune version n’a pu être lue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only one version:&lt;/b&gt; one version is not a comparison; drop or add another to compare it with.</source>
        <translation>&lt;b&gt;Une seule version&#xa0;:&lt;/b&gt; une version seule n’est pas une comparaison&#xa0;; déposez-en ou ajoutez-en une autre pour la comparer.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) · %1 rows · %2 changes, %3 substantive</source>
        <translation>
            <numerusform>%n version · %1 lignes · %2 modifications, dont %3 de fond</numerusform>
            <numerusform>%n versions · %1 lignes · %2 modifications, dont %3 de fond</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The report could not be written:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le rapport n’a pas pu être écrit&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Rename Version…</source>
        <translation>Renommer la version…</translation>
    </message>
    <message>
        <source>Give the version a name of your own, kept for this folder</source>
        <translation>Donner à la version un nom à vous, conservé pour ce dossier</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>What the colours, bars and marks mean</source>
        <translation>Ce que signifient les couleurs, barres et marques</translation>
    </message>
    <message>
        <source>&lt;b&gt;No readable versions in %1:&lt;/b&gt; nothing was compared.</source>
        <translation>&lt;b&gt;Aucune version lisible dans %1&#xa0;:&lt;/b&gt; rien n’a été comparé.</translation>
    </message>
    <message>
        <source>Base: %1 (most central)</source>
        <translation>Base&#xa0;: %1 (la plus centrale)</translation>
    </message>
    <message>
        <source>Base: %1 (your choice)</source>
        <translation>Base&#xa0;: %1 (votre choix)</translation>
    </message>
    <message>
        <source> · marks what %1 changed</source>
        <translation> · marque ce que %1 a modifié</translation>
    </message>
    <message>
        <source>Chosen automatically as the most central version: it shares most sentences with the others. Every column shows its changes against it. Double-click a version in the Versions panel to choose another base.</source>
        <translation>Choisie automatiquement comme la version la plus centrale&#xa0;: elle partage le plus de phrases avec les autres. Chaque colonne montre ses modifications par rapport à elle. Double-cliquez sur une version dans le panneau Versions pour choisir une autre base.</translation>
    </message>
    <message>
        <source>You chose this base. Every column shows its changes against it.</source>
        <translation>Vous avez choisi cette base. Chaque colonne montre ses modifications par rapport à elle.</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>&amp;Différences seulement</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <source>Open a Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax);;All files (*)</source>
        <translation>Sessions Parallax (*.parallax);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Recen&amp;t Session</source>
        <translation>Sessio&amp;ns récentes</translation>
    </message>
    <message>
        <source>Save Sessi&amp;on</source>
        <translation>Enre&amp;gistrer la session</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n As…</source>
        <translation>Enregistrer la session s&amp;ous…</translation>
    </message>
    <message>
        <source>Add No&amp;te…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Parallax sessions (*.parallax)</source>
        <translation>Sessions Parallax (*.parallax)</translation>
    </message>
    <message>
        <source>Session Not Saved</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be placed: their passage is no longer in the files. They are listed as orphaned in the Notes panel with their old text.</source>
        <translation>
            <numerusform>%n note n’a pas pu être placée : son passage ne figure plus dans les fichiers. Elle est listée comme orpheline dans le panneau Notes avec son ancien texte.</numerusform>
            <numerusform>%n notes n’ont pas pu être placées : leur passage ne figure plus dans les fichiers. Elles sont listées comme orphelines dans le panneau Notes avec leur ancien texte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lost their place after the files changed; they are kept as orphaned.</source>
        <translation>
            <numerusform>%n note a perdu sa place après la modification des fichiers ; elle est conservée comme orpheline.</numerusform>
            <numerusform>%n notes ont perdu leur place après la modification des fichiers ; elles sont conservées comme orphelines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Notes non enregistrées</translation>
    </message>
    <message>
        <source>The notes have changes that are not saved in a session. Save them?</source>
        <translation>Les notes comportent des modifications non enregistrées dans une session. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Recover Notes</source>
        <translation>Récupérer les notes</translation>
    </message>
    <message numerus="yes">
        <source>Parallax did not close normally and %n note(s) were not saved. Recover them?</source>
        <translation>
            <numerusform>Parallax ne s’est pas fermé normalement et %n note n’a pas été enregistrée. La récupérer ?</numerusform>
            <numerusform>Parallax ne s’est pas fermé normalement et %n notes n’ont pas été enregistrées. Les récupérer ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Or drop files, or text from a browser, onto the window: they are added as versions</source>
        <translation>Ou déposez des fichiers, ou du texte d’un navigateur, sur la fenêtre&#xa0;: ils sont ajoutés comme versions</translation>
    </message>
    <message>
        <source>Fold runs of sentences that read the same in every shown version</source>
        <translation>Replier les suites de phrases identiques dans toutes les versions affichées</translation>
    </message>
    <message>
        <source>Nu&amp;mber Cosmetic Changes in Reports</source>
        <translation>Nu&amp;méroter les changements cosmétiques dans les rapports</translation>
    </message>
    <message>
        <source>Number typography and spelling changes in exported reports, as parallax compare --annotate-cosmetic does</source>
        <translation>Numéroter les changements de typographie et d’orthographe dans les rapports exportés, comme parallax compare --annotate-cosmetic</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Export HTML (cosmetic changes numbered)</source>
        <translation>Exporter en HTML (changements cosmétiques numérotés)</translation>
    </message>
    <message>
        <source>Export HTML (cosmetic changes highlighted, not numbered)</source>
        <translation>Exporter en HTML (changements cosmétiques surlignés, non numérotés)</translation>
    </message>
    <message>
        <source>Export PDF (cosmetic changes numbered)</source>
        <translation>Exporter en PDF (changements cosmétiques numérotés)</translation>
    </message>
    <message>
        <source>Export PDF (cosmetic changes highlighted, not numbered)</source>
        <translation>Exporter en PDF (changements cosmétiques surlignés, non numérotés)</translation>
    </message>
    <message>
        <source>&amp;Choose Versions…</source>
        <translation>&amp;Choisir les versions…</translation>
    </message>
    <message>
        <source>&amp;Narrow Columns</source>
        <translation>Colonnes &amp;étroites</translation>
    </message>
    <message>
        <source>Add Note on Selection…</source>
        <translation>Ajouter une note sur la sélection…</translation>
    </message>
    <message>
        <source>Add Note on Quotation…</source>
        <translation>Ajouter une note sur la citation…</translation>
    </message>
    <message>
        <source>A note needs words of one sentence or more: the selection holds none.</source>
        <translation>Une note porte sur des mots d’au moins une phrase&#xa0;: la sélection n’en contient aucun.</translation>
    </message>
    <message>
        <source>The selected words are not in the text Parallax read from %1, so no note can be placed on them: select words of the article itself.</source>
        <translation>Les mots sélectionnés ne sont pas dans le texte que Parallax a lu dans %1&#xa0;: aucune note ne peut y être placée. Sélectionnez des mots de l’article lui-même.</translation>
    </message>
    <message>
        <source>Order by &amp;Time</source>
        <translation>&amp;Trier par date</translation>
    </message>
    <message>
        <source>Show the versions from the earliest to the latest by their dates, instead of by their names</source>
        <translation>Afficher les versions de la plus ancienne à la plus récente selon leur date, et non selon leur nom</translation>
    </message>
    <message>
        <source>Against the &amp;Previous Version</source>
        <translation>Pa&amp;r rapport à la version précédente</translation>
    </message>
    <message>
        <source>Mark each version&apos;s changes against the version before it in time, instead of against the base</source>
        <translation>Marquer les modifications de chaque version par rapport à celle qui la précède dans le temps, et non par rapport à la base</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Chron&amp;ologie</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Against the previous version</source>
        <translation>Par rapport à la version précédente</translation>
    </message>
    <message>
        <source> · %1 is the earliest</source>
        <translation> · %1 est la plus ancienne</translation>
    </message>
    <message>
        <source> · %1 against %2: the previous</source>
        <translation> · %1 par rapport à %2 : la précédente</translation>
    </message>
    <message>
        <source>Each column marks its changes against the version before it in time. The rows stay aligned with the base, %1: a sentence moved since the previous version reads as added where it now stands.</source>
        <translation>Chaque colonne marque ses modifications par rapport à la version qui la précède dans le temps. Les lignes restent alignées sur la base, %1 : une phrase déplacée depuis la version précédente apparaît comme ajoutée là où elle se trouve désormais.</translation>
    </message>
    <message>
        <source>%1: the earliest version, which the next one is measured against</source>
        <translation>%1 : la version la plus ancienne, à laquelle la suivante est comparée</translation>
    </message>
    <message>
        <source>%1: changed since the previous version, %2</source>
        <translation>%1 : modifiée depuis la version précédente, %2</translation>
    </message>
    <message>
        <source>%1: added since the previous version, %2</source>
        <translation>%1 : ajoutée depuis la version précédente, %2</translation>
    </message>
    <message>
        <source>%1: removed since the previous version, %2</source>
        <translation>%1 : supprimée depuis la version précédente, %2</translation>
    </message>
    <message>
        <source>%1: nothing here</source>
        <translation>%1 : rien ici</translation>
    </message>
    <message>
        <source>%1: as in the previous version, %2</source>
        <translation>%1 : comme dans la version précédente, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>%n fichier relu</numerusform>
            <numerusform>%n fichiers relus</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared again: %1; the changes of %2 of %3 versions kept, the rows aligned anew</source>
        <translation>Comparé à nouveau : %1 ; les modifications de %2 versions sur %3 conservées, les lignes réalignées</translation>
    </message>
    <message>
        <source>Compared again in full: %1; no version&apos;s changes could be kept</source>
        <translation>Entièrement comparé à nouveau : %1 ; aucune modification de version n&apos;a pu être conservée</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.eml);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.docx *.odt *.pdf *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Measuring each version against the previous one for the report…</source>
        <translation>Mesure de chaque version par rapport à la précédente pour le rapport…</translation>
    </message>
</context>
<context>
    <name>Parallax::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Parallax::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
</context>
<context>
    <name>Parallax::NotesPanel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Go to Note</source>
        <translation>Aller à la note</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
</context>
<context>
    <name>Parallax::OutputFile</name>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>a link to a file that does not exist; a report is written only to a regular file</source>
        <translation>un lien vers un fichier qui n’existe pas&#xa0;; un rapport n’est écrit que dans un fichier ordinaire</translation>
    </message>
    <message>
        <source>a link that leads back to itself through other links</source>
        <translation>un lien qui, par d’autres liens, renvoie à lui-même</translation>
    </message>
    <message>
        <source>is a folder; a report is written only to a regular file</source>
        <translation>est un dossier&#xa0;; un rapport n’est écrit que dans un fichier ordinaire</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket); a report is written only to a regular file</source>
        <translation>pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;; un rapport n’est écrit que dans un fichier ordinaire</translation>
    </message>
    <message>
        <source>is one of the files compared (%1); the report would replace it</source>
        <translation>est l’un des fichiers comparés (%1)&#xa0;; le rapport le remplacerait</translation>
    </message>
</context>
<context>
    <name>Parallax::OverviewStrip</name>
    <message>
        <source>Where the changes are: a mark for every row with changes, in the colour of its strongest change; click to go there</source>
        <translation>Où sont les modifications&#xa0;: une marque pour chaque ligne modifiée, de la couleur de sa modification la plus forte&#xa0;; cliquer pour y aller</translation>
    </message>
    <message>
        <source>%1 — click to go there</source>
        <translation>%1 — cliquer pour y aller</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExporter</name>
    <message>
        <source>no-break space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>line break</source>
        <translation>saut de ligne</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>moved · see row %1</source>
        <translation>déplacé · voir ligne %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <source>cont.</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Side by side %1 of %2: </source>
        <translation>Côte à côte %1 sur %2&#xa0;: </translation>
    </message>
    <message>
        <source>Side by side: </source>
        <translation>Côte à côte&#xa0;: </translation>
    </message>
    <message>
        <source>the comparison holds no versions</source>
        <translation>la comparaison ne contient aucune version</translation>
    </message>
    <message>
        <source>export canceled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>Comparison of article versions</source>
        <translation>Comparaison de versions d’un article</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n’a pas pu être terminé</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>One version of the story.</source>
        <translation>Une seule version de l’article.</translation>
    </message>
    <message>
        <source>%1 versions of the story, aligned sentence by sentence against the base, %2.</source>
        <translation>%1 versions de l’article, alignées phrase par phrase sur la version de base, %2.</translation>
    </message>
    <message>
        <source>No change needs a note.</source>
        <translation>Aucune modification n’appelle de note.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) numbered and explained in the notes column beside the rows.</source>
        <translation>
            <numerusform>%n modification est numérotée et expliquée dans la colonne des notes, à côté de sa ligne.</numerusform>
            <numerusform>%n modifications sont numérotées et expliquées dans la colonne des notes, à côté de leurs lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>pages %1 à %2</translation>
    </message>
    <message>
        <source>Side by side:</source>
        <translation>Côte à côte&#xa0;:</translation>
    </message>
    <message>
        <source>More than four versions do not fit side by side on one page, so each group of pages repeats the base as its first column beside up to three other versions.</source>
        <translation>Plus de quatre versions ne tiennent pas côte à côte sur une page&#x202f;; chaque groupe de pages reprend donc la base en première colonne, à côté de trois autres versions au plus.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Keeps of the base</source>
        <translation>Repris de la base</translation>
    </message>
    <message>
        <source>Own sentences</source>
        <translation>Phrases propres</translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation>(texte collé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Files not compared:</source>
        <translation>Fichiers non comparés&#xa0;:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Each row holds one sentence of every version, aligned with the base. The changed words of a version are highlighted; a number after them refers to the notes column, which quotes the base’s words and the version’s.</source>
        <translation>Chaque ligne contient une phrase de chaque version, alignée sur la base. Les mots modifiés d’une version sont surlignés&#x202f;; le numéro qui les suit renvoie à la colonne des notes, qui cite les mots de la base et ceux de la version.</translation>
    </message>
    <message>
        <source>highlighted, numbered</source>
        <translation>surligné, numéroté</translation>
    </message>
    <message>
        <source>highlighted only</source>
        <translation>surligné seulement</translation>
    </message>
    <message>
        <source>Typography (quotes, dashes, spaces): </source>
        <translation>Typographie (guillemets, tirets, espaces)&#xa0;: </translation>
    </message>
    <message>
        <source>Spelling (its / it’s, typos): </source>
        <translation>Orthographe (a / à, coquilles)&#xa0;: </translation>
    </message>
    <message>
        <source>Wording (same meaning, other words): </source>
        <translation>Formulation (même sens, autres mots)&#xa0;: </translation>
    </message>
    <message>
        <source>Substantive (figures, names, claims): </source>
        <translation>Fond (chiffres, noms, affirmations)&#xa0;: </translation>
    </message>
    <message>
        <source>Added: a sentence the base does not have</source>
        <translation>Ajout&#xa0;: une phrase absente de la base</translation>
    </message>
    <message>
        <source>Absent: a gap where the base has a sentence</source>
        <translation>Absence&#xa0;: un vide là où la base a une phrase</translation>
    </message>
    <message>
        <source>Moved: the marker names the row and page of its counterpart</source>
        <translation>Déplacement&#xa0;: le repère indique la ligne et la page de son pendant</translation>
    </message>
    <message>
        <source>Underlined in the base: words a version beside it changed</source>
        <translation>Souligné dans la base&#xa0;: mots qu’une version voisine a modifiés</translation>
    </message>
    <message>
        <source>Boilerplate (newsletter prompts, link lists): grey</source>
        <translation>Habillage (invitations à la newsletter, listes de liens)&#xa0;: en gris</translation>
    </message>
    <message>
        <source>Boilerplate (newsletter prompts, link lists): left out</source>
        <translation>Habillage (invitations à la newsletter, listes de liens)&#xa0;: omis</translation>
    </message>
    <message>
        <source>Changes against the base</source>
        <translation>Modifications par rapport à la base</translation>
    </message>
    <message>
        <source>Changed words by kind, then whole sentences added, absent or moved.</source>
        <translation>Mots modifiés par type, puis phrases entières ajoutées, absentes ou déplacées.</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>the base: the others are measured against it</source>
        <translation>la base&#xa0;: les autres sont mesurées par rapport à elle</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Share of aligned content between two versions, numbered as in the versions table.</source>
        <translation>Part du contenu aligné entre deux versions, numérotées comme dans le tableau des versions.</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>No quotations were found.</source>
        <translation>Aucune citation n’a été trouvée.</translation>
    </message>
    <message>
        <source>Outlets are numbered as in the versions table.</source>
        <translation>Les médias sont numérotés comme dans le tableau des versions.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <source>‘%1’</source>
        <comment>the changed words quoted in a note</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, p.&#xa0;</source>
        <comment>before the page number of a moved sentence</comment>
        <translation>, p.&#xa0;</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>a change kind before its note</comment>
        <translation>%1&#xa0;: </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a change kind and its reason</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>Substantive changes by reason</source>
        <translation>Modifications de fond par motif</translation>
    </message>
    <message>
        <source>No version changes a fact of the base.</source>
        <translation>Aucune version ne modifie un fait de la base.</translation>
    </message>
    <message>
        <source>The fact each substantive change alters against the base (a number, a date, a name, a negation, a claim added or dropped, …), as the notes name it.</source>
        <translation>Le fait que chaque modification de fond change par rapport à la base (un nombre, une date, un nom, une négation, une affirmation ajoutée ou retirée, …), tel que les notes le nomment.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orpheline</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Most alike</source>
        <translation>La plus proche</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ligne entière</translation>
    </message>
    <message>
        <source>Made while the window followed only these reasons: %1. This report still lists and counts every change.</source>
        <extracomment>%1 lists reasons of substantive changes, e.g. &quot;number, name&quot;</extracomment>
        <translation>Créé alors que la fenêtre ne suivait que ces raisons : %1. Ce rapport liste et compte néanmoins chaque modification.</translation>
    </message>
    <message>
        <source>Reader’s notes</source>
        <translation>Notes du lecteur</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>a note&apos;s tags before its text</comment>
        <translation>%1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 (file date)</source>
        <translation>%1 (date du fichier)</translation>
    </message>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (d’après le nom du fichier)</translation>
    </message>
    <message>
        <source>Revisions over time</source>
        <translation>Révisions au fil du temps</translation>
    </message>
    <message>
        <source>Each version against the one before it in time: sentences added, removed, reworded and moved, the share of the earlier version&apos;s words it keeps, and the corrections or updates it announces. A revision that changes the story without a notice is marked as a stealth edit.</source>
        <translation>Chaque version par rapport à celle qui la précède dans le temps : phrases ajoutées, supprimées, reformulées et déplacées, part des mots de la version antérieure qu’elle conserve, et corrections ou mises à jour qu’elle annonce. Une révision qui modifie l’article sans l’annoncer est signalée comme modification discrète.</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Par rapport à</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>Reformulées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserve</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>none: stealth edit</source>
        <translation>aucun : modification discrète</translation>
    </message>
    <message>
        <source>(first version)</source>
        <translation>(première version)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>time stamp only: %1</source>
        <translation>horodatage seul : %1</translation>
    </message>
    <message>
        <source>Changes against the previous version</source>
        <translation>Modifications par rapport à la version précédente</translation>
    </message>
    <message>
        <source>the earliest version: each later one is measured against the one before it</source>
        <translation>la version la plus ancienne : chaque version suivante est mesurée par rapport à celle qui la précède</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>la plus ancienne</translation>
    </message>
    <message>
        <source>Keeps of the previous</source>
        <translation>Conserve de la précédente</translation>
    </message>
    <message>
        <source>New sentences</source>
        <translation>Phrases nouvelles</translation>
    </message>
    <message>
        <source>%1 versions of the story in time order from %2, each measured against the one before it.</source>
        <translation>%1 versions de l’article dans l’ordre chronologique depuis %2, chacune mesurée par rapport à celle qui la précède.</translation>
    </message>
    <message>
        <source>Against the previous version: each version’s changes since the one before it in time are highlighted, and the notes quote the earlier version’s words. The rows stay aligned as against the base, so a sentence moved since the previous version reads as added where it now stands.</source>
        <translation>Par rapport à la version précédente : les modifications de chaque version depuis celle qui la précède dans le temps sont surlignées, et les notes citent les mots de la version antérieure. Les lignes restent alignées comme par rapport à la base : une phrase déplacée depuis la version précédente apparaît comme ajoutée là où elle se trouve désormais.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Timeline: each version at its time, with a bar as tall as the share of the version before it that it changed (the percentage above it); a flag marks an announced correction or update, a red ring a change without a notice (stealth edit).</source>
        <translation>Chronologie : chaque version à sa date, avec une barre aussi haute que la part de la version précédente qu’elle a modifiée (le pourcentage au-dessus) ; un drapeau signale une correction ou une mise à jour annoncée, un anneau rouge une modification sans avis (modification discrète).</translation>
    </message>
    <message>
        <source>also says row %1</source>
        <translation>dit aussi la ligne %1</translation>
    </message>
    <message>
        <source>also says rows %1</source>
        <translation>dit aussi les lignes %1</translation>
    </message>
    <message>
        <source>%1 (as the text states)</source>
        <translation>%1 (selon le texte)</translation>
    </message>
    <message>
        <source>%1 (document properties)</source>
        <translation>%1 (propriétés du document)</translation>
    </message>
</context>
<context>
    <name>Parallax::ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <source>Quote and outlet</source>
        <translation>Citation et média</translation>
    </message>
    <message>
        <source>Fidelity</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>all exact</source>
        <translation>toutes exactes</translation>
    </message>
    <message>
        <source>No comparison open</source>
        <translation>Aucune comparaison ouverte</translation>
    </message>
    <message>
        <source>No quotations found</source>
        <translation>Aucune citation trouvée</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absente</numerusform>
            <numerusform>%n absentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a quotation to read it as each outlet has it.</source>
        <translation>Choisissez une citation pour la lire telle que chaque média la donne.</translation>
    </message>
    <message>
        <source>All quotations</source>
        <translation>Toutes les citations</translation>
    </message>
    <message>
        <source>Words differ (altered, cut, merged)</source>
        <translation>Mots différents (modifiés, coupés, fusionnés)</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Cut or extended</source>
        <translation>Coupées ou allongées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Missing from some outlets</source>
        <translation>Absentes de certains médias</translation>
    </message>
    <message>
        <source>Which quotations to list</source>
        <translation>Quelles citations afficher</translation>
    </message>
    <message>
        <source>does not carry it</source>
        <translation>ne la reprend pas</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n altered</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cut</source>
        <translation>
            <numerusform>%n coupée</numerusform>
            <numerusform>%n coupées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionnée</numerusform>
            <numerusform>%n fusionnées</numerusform>
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
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no substantive change</source>
        <translation>aucune modification de fond</translation>
    </message>
    <message numerus="yes">
        <source>%n substantive</source>
        <translation>
            <numerusform>%n de fond</numerusform>
            <numerusform>%n de fond</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::ReasonMenu</name>
    <message>
        <source>Substantive &amp;Reasons</source>
        <translation>&amp;Motifs des modifications de fond</translation>
    </message>
    <message>
        <source>&amp;All Reasons</source>
        <translation>&amp;Tous les motifs</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Motifs&#xa0;: %1</translation>
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
        <translation>pas une session Parallax (%1)</translation>
    </message>
    <message>
        <source>not a Parallax session (no schema)</source>
        <translation>pas une session Parallax (pas de schéma)</translation>
    </message>
    <message>
        <source>a session of schema %1, which this version of Parallax cannot read (it reads schema %2)</source>
        <translation>une session de schéma %1, que cette version de Parallax ne sait pas lire (elle lit le schéma %2)</translation>
    </message>
</context>
<context>
    <name>Parallax::SideBySideView</name>
    <message>
        <source>moved down ↓</source>
        <translation>déplacée plus bas ↓</translation>
    </message>
    <message>
        <source>moved up ↑</source>
        <translation>déplacée plus haut ↑</translation>
    </message>
    <message>
        <source>↑ moved here from above</source>
        <translation>↑ déplacée ici depuis plus haut</translation>
    </message>
    <message>
        <source>also says row %1</source>
        <translation>dit aussi la ligne %1</translation>
    </message>
    <message>
        <source>also says rows %1</source>
        <translation>dit aussi les lignes %1</translation>
    </message>
    <message>
        <source>↓ moved here from below</source>
        <translation>↓ déplacée ici depuis plus bas</translation>
    </message>
    <message>
        <source>not in this version</source>
        <translation>absente de cette version</translation>
    </message>
    <message>
        <source>Nothing to show: every row is hidden boilerplate or belongs to a hidden version.</source>
        <translation>Rien à afficher&#xa0;: chaque ligne est de l’habillage masqué ou appartient à une version masquée.</translation>
    </message>
    <message>
        <source>Open a folder of article versions (Ctrl+O) or drop files, a folder or text from a browser here.</source>
        <translation>Ouvrez un dossier de versions d’un article (Ctrl+O) ou déposez ici des fichiers, un dossier ou du texte depuis un navigateur.</translation>
    </message>
    <message>
        <source>Go to the other place (row %1)</source>
        <translation>Aller à l’autre emplacement (ligne %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that read the same in every shown version</source>
        <translation>
            <numerusform>%n ligne identique dans toutes les versions affichées</numerusform>
            <numerusform>%n lignes identiques dans toutes les versions affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⋯ %n identical sentence(s) — click or press Enter to show</source>
        <translation>
            <numerusform>⋯ %n phrase identique — cliquer ou appuyer sur Entrée pour l’afficher</numerusform>
            <numerusform>⋯ %n phrases identiques — cliquer ou appuyer sur Entrée pour les afficher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SourceView</name>
    <message>
        <source>Select a sentence to see it in its source file.</source>
        <translation>Sélectionnez une phrase pour la voir dans son fichier source.</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>texte déposé</translation>
    </message>
    <message>
        <source> (sentence not found in the source)</source>
        <translation> (phrase introuvable dans la source)</translation>
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
        <translation>Chronologie des versions</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 (file date)</source>
        <translation>%1 (date du fichier)</translation>
    </message>
    <message>
        <source>%1 (from the file name)</source>
        <translation>%1 (d’après le nom du fichier)</translation>
    </message>
    <message>
        <source>The earliest version</source>
        <translation>La version la plus ancienne</translation>
    </message>
    <message>
        <source>Against %1: %2 sentence(s) added, %3 removed, %4 reworded, %5 moved</source>
        <translation>Par rapport à %1 : %2 phrase(s) ajoutée(s), %3 supprimée(s), %4 reformulée(s), %5 déplacée(s)</translation>
    </message>
    <message>
        <source>Notice: %1</source>
        <translation>Avis : %1</translation>
    </message>
    <message>
        <source>Changed without a correction or update notice (stealth edit)</source>
        <translation>Modifiée sans avis de correction ni de mise à jour (modification discrète)</translation>
    </message>
    <message>
        <source>The timeline appears when versions are compared.</source>
        <translation>La chronologie apparaît lorsque des versions sont comparées.</translation>
    </message>
    <message>
        <source>When each version appeared and how much of the one before it it changed; click a version to go to its changes</source>
        <translation>Quand chaque version est parue et combien elle a modifié la précédente ; cliquez sur une version pour aller à ses modifications</translation>
    </message>
    <message>
        <source>%1 (as the text states)</source>
        <translation>%1 (selon le texte)</translation>
    </message>
    <message>
        <source>%1 (document properties)</source>
        <translation>%1 (propriétés du document)</translation>
    </message>
    <message>
        <source>Measuring how much each version changed the one before it…</source>
        <translation>Mesure de ce que chaque version a changé de la précédente…</translation>
    </message>
</context>
<context>
    <name>Parallax::VersionChooser</name>
    <message>
        <source>Choose Versions</source>
        <translation>Choisir les versions</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Only the &amp;Base</source>
        <translation>Seulement la &amp;base</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) shown</source>
        <translation>
            <numerusform>%n version affichée</numerusform>
            <numerusform>%n versions affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::VersionsPanel</name>
    <message>
        <source>Make “%1” the Base</source>
        <translation>Prendre «&#xa0;%1&#xa0;» comme base</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Share of the base version&apos;s sentences this version keeps</source>
        <translation>Part des phrases de la version de base que cette version reprend</translation>
    </message>
    <message>
        <source>Share of this version&apos;s sentences that are not in the base</source>
        <translation>Part des phrases de cette version absentes de la base</translation>
    </message>
    <message>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <source>%1 and %2 share %3 of their content</source>
        <translation>%1 et %2 partagent %3 de leur contenu</translation>
    </message>
    <message>
        <source>The base: the others&apos; changes are counted against it</source>
        <translation>La base&#xa0;: les modifications des autres sont comptées par rapport à elle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps&lt;/b&gt;: share of the base&apos;s sentences a version keeps. &lt;b&gt;Own&lt;/b&gt;: share of its sentences not in the base. &lt;b&gt;Facts&lt;/b&gt;: substantive changes (their reasons in the tooltip). &lt;b&gt;1, 2, …&lt;/b&gt;: percent of content shared with each version. Double-click a version to make it the base.</source>
        <translation>&lt;b&gt;Reprise&lt;/b&gt;&#xa0;: part des phrases de la base qu’une version reprend. &lt;b&gt;Propre&lt;/b&gt;&#xa0;: part de ses phrases absentes de la base. &lt;b&gt;Faits&lt;/b&gt;&#xa0;: modifications de fond (leurs motifs dans l’infobulle). &lt;b&gt;1, 2, …&lt;/b&gt;&#xa0;: pourcentage de contenu partagé avec chaque version. Double-cliquez sur une version pour en faire la base.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Substantive changes against the base: figures, dates, names, claims; by reason in the tooltip</source>
        <translation>Modifications de fond par rapport à la base&#xa0;: chiffres, dates, noms, affirmations&#xa0;; par motif dans l’infobulle</translation>
    </message>
    <message>
        <source>The earliest version: the next one is measured against it</source>
        <translation>La version la plus ancienne : la suivante est mesurée par rapport à elle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keeps&lt;/b&gt;: share of the previous version&apos;s sentences (in time) a version keeps. &lt;b&gt;New&lt;/b&gt;: share of its sentences new since then. &lt;b&gt;Facts&lt;/b&gt;: substantive changes since the previous version. &lt;b&gt;1, 2, …&lt;/b&gt;: percent of content shared with each version.</source>
        <translation>&lt;b&gt;Conserve&lt;/b&gt; : part des phrases de la version précédente (dans le temps) qu’une version conserve. &lt;b&gt;Nouveau&lt;/b&gt; : part de ses phrases nouvelles depuis. &lt;b&gt;Faits&lt;/b&gt; : changements de fond depuis la version précédente. &lt;b&gt;1, 2, …&lt;/b&gt; : pourcentage du contenu partagé avec chaque version.</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the base&apos;s sentences</source>
        <translation>%1 conserve %2 des phrases de la base</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s sentences are not in the base</source>
        <translation>%1 des phrases de %2 ne sont pas dans la base</translation>
    </message>
    <message>
        <source>%1 is the earliest version: nothing comes before it</source>
        <translation>%1 est la version la plus ancienne : rien ne la précède</translation>
    </message>
    <message>
        <source>%1 has no place in time order</source>
        <translation>%1 n’a pas de place dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>%1 keeps %2 of the sentences of %3, the version before it</source>
        <translation>%1 conserve %2 des phrases de %3, la version précédente</translation>
    </message>
    <message>
        <source>%1 of %2&apos;s sentences are new since %3, the version before it</source>
        <translation>%1 des phrases de %2 sont nouvelles depuis %3, la version précédente</translation>
    </message>
    <message>
        <source>Keeps of the previous</source>
        <translation>Conserve de la précédente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Share of the previous version&apos;s sentences (in time) this version keeps</source>
        <translation>Part des phrases de la version précédente (dans le temps) que cette version conserve</translation>
    </message>
    <message>
        <source>Share of this version&apos;s sentences that are new since the previous version</source>
        <translation>Part des phrases de cette version nouvelles depuis la version précédente</translation>
    </message>
    <message>
        <source>Substantive changes since the previous version: figures, dates, names, claims; by reason in the tooltip</source>
        <translation>Changements de fond depuis la version précédente : chiffres, dates, noms, affirmations ; par raison dans l’infobulle</translation>
    </message>
    <message>
        <source>%1 (earliest)</source>
        <translation>%1 (la plus ancienne)</translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <source>no version could be read</source>
        <translation>aucune version n’a pu être lue</translation>
    </message>
    <message>
        <source>only one version could be read</source>
        <translation>une seule version a pu être lue</translation>
    </message>
    <message>
        <source>%1/%2 stories</source>
        <translation>%1/%2 articles</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>encore environ %1 s</translation>
    </message>
    <message>
        <source>Compare every story of an archive: each sub-folder of ROOT is one story, compared as &apos;parallax compare&apos; compares a folder. One JSON report per story and a summary.csv go to the output folder. Stories whose report is newer than their files are not compared again, so an interrupted run resumes.

Exit status: 0 when every story was compared; 2 when some could not be (they are listed, in the summary too); 1 when nothing could be done.</source>
        <translation>Comparer tous les articles d’une archive : chaque sous-dossier de ROOT est un article, comparé comme « parallax compare » compare un dossier. Un rapport JSON par article et un summary.csv vont dans le dossier de sortie. Les articles dont le rapport est plus récent que leurs fichiers ne sont pas comparés à nouveau : une exécution interrompue reprend là où elle s’est arrêtée.

Code de sortie : 0 quand chaque article a été comparé ; 2 quand certains n’ont pas pu l’être (ils sont listés, aussi dans le résumé) ; 1 quand rien n’a pu être fait.</translation>
    </message>
    <message>
        <source>Write the reports to DIR (default: ROOT-parallax beside ROOT).</source>
        <translation>Écrire les rapports dans DIR (par défaut : ROOT-parallax à côté de ROOT).</translation>
    </message>
    <message>
        <source>Compare N stories at a time (default: one per processor).</source>
        <translation>Comparer N articles à la fois (par défaut : un par processeur).</translation>
    </message>
    <message>
        <source>Compare every story again, even those whose report is current.</source>
        <translation>Comparer à nouveau chaque article, même ceux dont le rapport est à jour.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>Parler la langue CODE (de, en, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>A folder with one sub-folder per story.</source>
        <translation>Un dossier avec un sous-dossier par article.</translation>
    </message>
    <message>
        <source>parallax batch: give one folder, whose sub-folders are the stories</source>
        <translation>parallax batch : indiquer un dossier dont les sous-dossiers sont les articles</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <source>parallax batch: --jobs needs a number of at least 1</source>
        <translation>parallax batch : --jobs demande un nombre d’au moins 1</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>le dossier ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 files directly in the folder are not part of any story (compare them with &apos;parallax compare&apos;)</source>
        <translation>%1 fichiers placés directement dans le dossier n’appartiennent à aucun article (les comparer avec « parallax compare »)</translation>
    </message>
    <message>
        <source>no sub-folders: there is no story to compare</source>
        <translation>aucun sous-dossier : aucun article à comparer</translation>
    </message>
    <message>
        <source>the report %1 cannot be read back</source>
        <translation>le rapport %1 ne peut pas être relu</translation>
    </message>
    <message>
        <source>parallax batch: %1 stories: %2 compared, %3 resumed from earlier reports, %4 failed; summary in %5 (%6 s)</source>
        <translation>parallax batch : %1 articles : %2 comparés, %3 repris de rapports antérieurs, %4 en échec ; résumé dans %5 (%6 s)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The base version: a version&apos;s name, file name or path.</source>
        <translation>La version de base : nom, nom de fichier ou chemin d’une version.</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for standard output).</source>
        <translation>Écrit le rapport JSON dans FILE (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Write the annotated PDF to FILE.</source>
        <translation>Écrit le PDF annoté dans FILE.</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>Fichiers d’articles ou dossiers.</translation>
    </message>
    <message>
        <source>parallax compare: no files or folders given</source>
        <translation>parallax compare : aucun fichier ni dossier indiqué</translation>
    </message>
    <message>
        <source>parallax compare: fewer than two versions could be read</source>
        <translation>parallax compare : moins de deux versions ont pu être lues</translation>
    </message>
    <message>
        <source>parallax: there is no translation for &apos;%1&apos;; using %2.</source>
        <translation>parallax : aucune traduction pour « %1 » ; utilisation de %2.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s or the one chosen in the window.</source>
        <translation>Utilise la langue CODE (de, en, fr) au lieu de celle du système ou de celle choisie dans la fenêtre.</translation>
    </message>
    <message>
        <source>Article files or folders to compare.</source>
        <translation>Fichiers d’articles ou dossiers à comparer.</translation>
    </message>
    <message>
        <source>Speak the language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>Parler la langue CODE (de, en, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Compare article versions and write a report.

Exit status: 0 when every file was read and the report written; 2 when some files could not be read (they are listed, and the report covers the others); 1 when no report was written (fewer than two versions, a --base that names no version or several, an output that is refused or cannot be written).</source>
        <translation>Compare des versions d’un article et écrit un rapport.

Code de sortie&#xa0;: 0 si chaque fichier a été lu et le rapport écrit&#xa0;; 2 si certains fichiers n’ont pas pu être lus (ils sont énumérés, et le rapport couvre les autres)&#xa0;; 1 si aucun rapport n’a été écrit (moins de deux versions, un --base qui ne désigne aucune version ou plusieurs, une sortie refusée ou impossible à écrire).</translation>
    </message>
    <message>
        <source>parallax compare: nothing compared, no report written</source>
        <translation>parallax compare&#xa0;: rien n’a été comparé, aucun rapport écrit</translation>
    </message>
    <message>
        <source>parallax compare: --base must name one of: %1</source>
        <translation>parallax compare&#xa0;: --base doit désigner l’une de ces versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Write the HTML report (one self-contained file) to FILE.</source>
        <translation>Écrit le rapport HTML (un seul fichier autonome) dans FILE.</translation>
    </message>
    <message>
        <source>Write the changes as CSV to FILE.</source>
        <translation>Écrit les modifications en CSV dans FILE.</translation>
    </message>
    <message>
        <source>Number typography and spelling changes in the PDF and HTML too.</source>
        <translation>Numérote aussi dans le PDF et le HTML les modifications de typographie et d’orthographe.</translation>
    </message>
    <message>
        <source>two reports cannot be written to one file</source>
        <translation>deux rapports ne peuvent pas être écrits dans le même fichier</translation>
    </message>
    <message>
        <source>parallax compare: no report written</source>
        <translation>parallax compare : aucun rapport écrit</translation>
    </message>
    <message>
        <source>Read a saved session (.parallax): its files when no PATH is given, its base when no --base is, and its notes, which the reports include.</source>
        <translation>Lire une session enregistrée (.parallax) : ses fichiers si aucun PATH n’est donné, sa base si --base ne l’est pas, et ses notes, que les rapports reprennent.</translation>
    </message>
    <message numerus="yes">
        <source>parallax compare: %n note(s) could not be placed; the reports list them as orphaned</source>
        <translation>
            <numerusform>parallax compare : %n note n’a pas pu être placée ; les rapports la listent comme orpheline</numerusform>
            <numerusform>parallax compare : %n notes n’ont pas pu être placées ; les rapports les listent comme orphelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Read versions of an article side by side.

parallax compare --help: the command-line comparison.
parallax batch --help: every story of an archive.</source>
        <translation>Lire côte à côte les versions d’un article.

parallax compare --help : la comparaison en ligne de commande.
parallax batch --help : tous les articles d’une archive.</translation>
    </message>
    <message>
        <source>Order the versions by name (as the files are named, the default) or by time (their dates, earliest first).</source>
        <translation>Trier les versions par nom (comme les fichiers sont nommés, par défaut) ou par date (la plus ancienne d’abord).</translation>
    </message>
    <message>
        <source>Also report each version against the previous one in time (previous), beside the changes against the base (base, the default).</source>
        <translation>Rapporter aussi chaque version par rapport à la précédente dans le temps (previous), en plus des modifications par rapport à la base (base, par défaut).</translation>
    </message>
    <message>
        <source>parallax compare: --order takes name or time, --against previous or base</source>
        <translation>parallax compare : --order attend name ou time, --against previous ou base</translation>
    </message>
</context>
</TS>
