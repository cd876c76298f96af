// French: "selon", "d'après", and the conditional of report ("auraient été évacués").
import type { LanguagePack } from './types'

/** The state, its services, courts, forces and local government, as French and Belgian copy names them. */
const OFFICES =
  "gouvernement|sécurité civile|OFAST|GIGN|SRPJ|DIPJ|DCPJ|ministères?|ministres?|préfectures?|sous-préfectures?|préfet|préfète|police(?: nationale| municipale| judiciaire| aux frontières)?|gendarmerie(?: nationale)?|gendarmes?|militaires|pompiers|sapeurs-pompiers|soldats du feu|secours|secouristes|services? de secours|SDIS(?: \\d+)?|CODIS|COD|SAMU|SMUR|SSSM|(?<!red\\s)CROSS|autorités|parquets?|procureure?s?|porte-parole|maires?|mairies?|municipalités?|hôtel de ville|conseil (?:municipal|régional|départemental|constitutionnel|d['’]État)|conseils (?:municipaux|régionaux|départementaux)|collectivités?|communauté (?:de communes|d['’]agglomération|urbaine)|intercommunalité|régions?|départements?|ville de|commune|communes|présidente?s?|Élysée|Matignon|Beauvau|Quai d['’]Orsay|armée|état-major|tribunal(?: correctionnel| judiciaire| administratif| de police)?|tribunaux|cour d['’](?:appel|assises)|cour de cassation|juges?|magistrat(?:e|s|es)?|Assemblée nationale|Sénat|ambassades?|Kremlin|Maison Blanche|Pentagone|communiqué|ARS|agence régionale de santé|forces de l['’]ordre|policiers?|enquêteurs?|enquêtrices?|CRS|BAC|PSIG|commissariats?|brigades?|compagnie(?: de gendarmerie)?|groupement(?: de gendarmerie)?|escadron|officier de communication|DDSP|DDT|DREAL|DGSI|OFB|ONF|direction (?:départementale|régionale|générale|interdépartementale|territoriale)(?: [\\p{L}'’ -]{1,40})?|Météo[- ]France|hôpital|hôpitaux|CHU|CHR|CHRU|centres? hospitaliers?(?: universitaires?| régionaux| régional)?|hôpitaux universitaires|AP-HP|HCL|AP-HM|Vigicrues|centre opérationnel(?: départemental)?|service départemental d['’]incendie et de secours|services (?:de l['’]État|municipaux|techniques|préfectoraux|de police|de gendarmerie)|l['’]État|zone de (?:police|secours)|bourgmestres?|échevin(?:e|s|es)?|PJ|Inspection générale|IGPN|IGGN|Vigipirate"
/** Titles of their holders, with feminine and plural forms. */
const TITLES =
  "maires?|ministres?|présidente?s?|préfet|préfète|sous-préfète?s?|procureure?s?|substitut(?:e)? du procureur|avocate? générale?|porte-parole|députée?s?|sénateur|sénatrice|sénateurs|commissaires?(?: divisionnaire| de police)?|adjointe? au maire|premier adjoint|première adjointe|adjointe?s? (?:à|au|aux|chargée? de) [\\p{L}'’ -]{1,30}|conseill(?:er|ère)s? (?:municipa(?:l|le|ux)|départementa(?:l|le|ux)|régiona(?:l|le|ux))|directeur|directrice|directeurs (?:départementaux|régionaux)|colonel|lieutenant-colonel|lieutenant|capitaine|commandant|général|adjudant(?:-chef)?|brigadier(?:-chef)?|major de gendarmerie|gardien de la paix|sergent(?:-chef)?|caporal(?:-chef)?|officier|chef de (?:corps|centre|groupement|la brigade|l['’]escadron|service|cabinet)|juges?(?: d['’]instruction| des enfants| des libertés)?|ambassadeur|ambassadrice|secrétaire d['’]État|secrétaire générale? de la préfecture|édile|élue?s?|bourgmestre|échevin(?:e)?|gouverneur|gouverneure|greffier|greffière|président(?:e)? du tribunal|chef de l['’]État|Premier ministre|garde des Sceaux" +
  // an office named by its public kind or its watch ("l'organisme de surveillance météorologique", "l'autorité de contrôle")
  "|organismes? (?:publics?|d['’]État|de (?:surveillance|contrôle|régulation|veille))|autorité (?:de (?:sûreté|contrôle|régulation|santé)|sanitaire)" +
  // the forensic doctor works for the court (session 28)
  "|médecins? légistes?|légistes?"

export const fr: LanguagePack = {
  code: 'fr',
  name: 'Français',
  numbers: {
    values: {
      zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
      onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
      trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
    },
    // "vingt" multiplies a unit before it ("quatre-vingts" 80) and adds otherwise ("vingt-deux")
    multiplying: { vingt: 20, vingts: 20 },
    smallScales: { cent: 100, cents: 100 },
    largeScales: { mille: 1e3, mil: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
    approximate: { douzaine: 12, dizaine: 10, dizaines: 20, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, centaine: 100, centaines: 200, milliers: 2000, plusieurs: 3 },
    joiners: ['et'],
    decimal: ',',
    bounds: {
      'au moins': 'at-least', 'au minimum': 'at-least', "jusqu'à": 'at-most', 'jusqu’à': 'at-most', 'au plus': 'at-most', 'au maximum': 'at-most',
      'plus de': 'more-than', 'moins de': 'less-than', environ: 'about', 'près de': 'about', quelque: 'about', quelques: 'about',
      'presque': 'about', 'approximativement': 'about', 'autour de': 'about',
    },
  },
  attribution: {
    // "… a-t-on appris vendredi auprès de la gendarmerie", "a appris l'AFP lundi auprès des pompiers": the source follows "auprès de"
    before: /(?:\b[Dd]u côté (?:de(?= (?:la|l['’]))|(?=du |des ))(?=[^,.;:]{2,80}, on (?:indique|précise|assure|explique|affirme|confirme|souligne|rappelle|reconnaît|dit|admet|annonce|fait savoir|estime|déplore|regrette|ajoute)\b)|\bselon(?! (?:les?|la|l['’]|leurs?|ses|son|sa) (?:besoins?|impératifs?|cas|circonstances?|disponibilités?|saisons?|horaires?|âges?|goûts?|envies?|moyens|capacités?|profils?|situations?)\b)|\bd['’]après(?!-midi)|\bde source|\bcitant|\bà en croire|\bcomme l['’]a (?:indiqué|déclaré|annoncé|rapporté)|\b(?:a-t-on appris|apprend-on|a-t-on indiqué|indique-t-on)(?:\s+\p{L}+){0,3}?\s+auprès d(?:e|u|es)\b|\b(?:a|ont) appris(?:\s+[\p{L}\d'’.-]+){0,5}?\s+auprès d(?:e|u|es)\b)\s*/iu,
    // session 30 (speakers9, lead decision "a verb of saying is a cue by its grammar"): the verbes introducteurs du discours
    // rapporté of the French reference grammars (Riegel, Pellat & Rioul, Grammaire méthodique, ch. XXIII; Grevisse, Le Bon usage
    // §§ 420-421) that the list lacked or had in one form only: évoquer, répondre, rétorquer, répliquer, objecter, plaider,
    // soutenir, maintenir, conclure, juger, considérer, avouer, contester, réfuter, alerter, avancer, établir, mentionner,
    // garantir, ironiser, remarquer, penser, laisser entendre, mettre en avant, and the plural, imparfait and passé simple of the
    // common ones (expliquent, disent, disait, répondit …); a new form counts only in a frame of reported speech: before its
    // "que" clause ("a établi que", "estiment que", "répond à l'association que"), before a colon, or as an incise after a comma
    // or a closing quote with its subject after it (", rétorque le maire"). "soutient le projet", "juge l'affaire", "avance
    // l'heure" take no clause and report nothing.
    verbs:
      /(?:\b(?:a|ont|avait|avaient) (?:émis|diffusé|publié) (?:un|une) (?:communiqué|alerte|avertissement|avis|message)\b|\b(?:(?:r(?:é(?:p(?:ond(?:ai(?:ent|t)|ent|it)?|liqu(?:e(?:nt)?|a))|torqu(?:e(?:nt)?|a)|fute(?:nt)?|sume)|e(?:conn(?:a(?:i(?:ss(?:ait|ent)|t)|ît)|ut)|l(?:ève(?:nt)?|eva)|grette(?:nt)?|marque)|a(?:pp(?:el(?:le(?:nt)?|a(?:it)?)|orte(?:nt)?)|cont(?:e(?:nt)?|a)))|a(?:v(?:an(?:ce(?:nt)?|ça(?:it)?)|ou(?:e(?:nt)?|a)|erti(?:ssent|t))|dm(?:et(?:tent)?|it)|nnon(?:ce(?:nt)?|ça)|ffirm(?:e(?:nt)?|a)|jout(?:e(?:nt)?|a)|ssur(?:e(?:nt)?|a)|lerte(?:nt)?|rgue)|co(?:n(?:fi(?:rm(?:e(?:nt)?|a)|e(?:nt)?)|sid(?:érai(?:ent|t)|ère(?:nt)?)|clu(?:ent|t)|teste(?:nt)?)|mmente(?:nt)?)|d(?:é(?:non(?:ce(?:nt)?|çait)|clar(?:e(?:nt)?|a)|taille(?:nt)?|plore(?:nt)?)|i(?:s(?:ai(?:ent|t)|ent)|t))|s(?:ou(?:t(?:enai(?:ent|t)|ien(?:nent|t))|lign(?:a(?:it)?|e(?:nt)?))|ignal(?:e(?:nt)?|ait))|p(?:ré(?:cis(?:e(?:nt)?|a)|vien(?:nent|t))|ens(?:ai(?:ent|t)|e(?:nt)?)|laide(?:nt)?)|i(?:n(?:diqu(?:e(?:nt)?|a)|sist(?:e(?:nt)?|a))|ronise)|e(?:stim(?:a(?:ient)?|e(?:nt)?)|xpliqu(?:e(?:nt)?|a))|é(?:voqu(?:ai(?:ent|t)|e(?:nt)?)|tabli(?:ssent|t))|m(?:aint(?:ien(?:nent|t)|enait)|entionne(?:nt)?)|ob(?:ject(?:e(?:nt)?|a)|serv(?:e(?:nt)?|a))|juge(?:a(?:i(?:ent|t))?|nt)?|not(?:a(?:it)?|e(?:nt)?)|garanti(?:ssent|t)|témoigne(?:nt)?))(?<!\b(?:qui|la|une|cette|sa|leur) \p{L}+)(?:(?=\s*:|\s+(?:à (?:[\p{L}'’-]+ ){1,4}?)?qu['’e])|(?<=[,»”"]\s{0,3}\p{L}+)(?=\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|M\.|Mme|Me|notre|nos|plusieurs|certains)(?![\p{L}])))|\b(?:a|ont|avait|avaient|aurait|auraient) (?:(?:\p{L}+ment|aussi|également|toutefois|encore|déjà|alors|pourtant|ainsi) )?(?:(?:r(?:é(?:p(?:liqué|ondu)|torqué|futé)|e(?:marqué|connu)|appelé)|a(?:v(?:ancé|oué)|ffirmé|lerté|ssuré|dmis)|m(?:is en avant|entionné|aintenu)|i(?:n(?:diqué|sisté)|ronisé)|s(?:ou(?:ligné|tenu)|ignalé)|p(?:ré(?:cisé|venu)|laidé)|con(?:sidéré|testé|clu)|dé(?:claré|noncé)|é(?:tabli|voqué)|laissé entendre|expliqué|garanti|objecté|jugé))(?:(?=\s*:|\s+(?:à (?:[\p{L}'’-]+ ){1,4}?)?qu['’e])|(?<=[,»”"]\s{0,3}(?:a|ont|avait|avaient) \p{L}+(?: \p{L}+)?)(?=\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|ce|cet|cette|M\.|Mme|Me|notre|nos|plusieurs|certains)(?![\p{L}])))|\bs['’](?:est|sont) (?:félicitée?s?|réjouie?s?|inquiétée?s?|montrée?s?|dite?s?)|\bs['’]attend(?:ent|ait|aient)\b|\b(?:rembobine|glisse|lance|confie|témoigne|raconte|insiste|(?<!\bse )poursuit|rappelle|rappellent|constate|constatent|commente|commentent|lâche|relate|relatent|décrit|décrivent|résume|détaille|détaillent|souffle|s['’]exclame|se souvient|se rappelle|se désole|s['’]inquiète|s['’]étonne|s['’]indigne|regrette|déplore|déplorent|regrettent|redoute|redoutent|craint|craignent|dénonce|reconnaît|admet|prévient|avertit|martèle|relève|complète|nuance|tranche|reprend|abonde|rassure|observe|note|signale|signalent|informe|informent|communique|rapportent|précisent|ajoutent|indiquent|affirment|assurent|soulignent|témoignent|racontent|confient|estiment|confirment|annoncent|déclarent)\b|\b(?:a|ont|avait|avaient) (?:(?:\p{L}+ment|néanmoins|aussi|également|toutefois|encore|déjà|par ailleurs) )?(?:déclaré|indiqué|affirmé|dit|expliqué|précisé|ajouté|confirmé|annoncé|assuré|souligné|rapporté|raconté|estimé|averti|reconnu|démenti|révélé|insisté|martelé|relevé|noté|fait savoir|signalé|témoigné|dénoncé|réagi|écrit|publié|commenté|rappelé|constaté|évoqué|lâché|relaté|décrit|résumé|détaillé|soufflé|confié|prévenu|admis|regretté|observé|nuancé|tranché|repris|complété|communiqué|informé|fait valoir|fait remarquer|fait observer|glissé|certifié|nié|mis en garde|fait part|tenu à préciser|concédé|argué)|\b(?:déclare|indique|affirme|explique|précise|ajoute|confirme|annonce|assure|souligne|rapporte|raconte|estime|dit|témoigne|révèle|révèlent|certifie|dément|démentent|nie|concède)\b|\b(?:déclarait|indiquait|expliquait|affirmait|précisait|racontait|ajoutait|confiait|assurait|soulignait|rapportait|témoignait|estimait|détaillait|confirmait|annonçait|rappelait|déclaraient|indiquaient|expliquaient|précisaient|racontaient|affirmaient|assuraient|confirmaient|ajoutaient)\b|\b(?:demande|demandent)\b(?= (?:à|aux) )|\b(?:a|ont) (?:fait état|déploré)|\b(?:indiquer|confier|préciser|expliquer|ajouter|affirmer|assurer|déclarer|raconter|rapporter|souligner|confirmer|annoncer|révéler)(?:a|ont)\b)/giu,
    // session 30: notifying the police, the gendarmes or the emergency services is the event ("C'est le fils qui a prévenu les
    // secours", "a alerté les gendarmes"), whoever does it
    actionFrames: /^(?:(?:a|ont|avait|avaient) )?(?:prévenu|alerté|averti|appelé|informé)e?s? (?:les |la |le |l['’])?(?:secours|pompiers|sapeurs-pompiers|gendarmes|gendarmerie|police|policiers|SAMU|forces de l['’]ordre)\b/iu,
    roleNouns: /^(?:la même source|(?:cette|ce) (?:journaliste|photographe|reporter)|cette (?:même )?source|ce dernier|cette dernière|l['’]intéressée?|celui-ci|celle-ci|l['’]élue?|(?:le site (?:de l['’]|du )|l['’]|le |la )(?:quotidien|hebdomadaire|journal|magazine|mensuel|chaîne|radio)|l['’]orat(?:eur|rice)|l['’]intervenant(?:e)?|le rapporteur|la rapporteuse|l['’]édile|(?:le|la|l['’]) ?(?:coach|entraîneur|entraîneuse|technicien|technicienne|tacticien|joueur|joueuse|attaquant|attaquante|milieu|défenseur|gardien|gardienne|capitaine|prévisionniste|météorologue)(?: (?:\p{Ll}{3,}|d[eu] \p{Lu}[\p{L}-]*|des \p{Lu}[\p{L}-]*|de \d{1,3} ans))?$)(?![\p{L}])/iu,
    speakerLead: /^(?:comme|selon|que|a|ont)\s+/iu,
    // "Météo-France prévoit que …": a forecast is a statement only from an office (session 28)
    // (session 34) and the office's belief or the version it holds ("Les gendarmes pensent avoir …", "Les enquêteurs privilégient la
    // piste …", "Le parquet évoque une hypothèse …": README s33 lead decisions 3-4, the office's view, a hedge), and its refusal to
    // disclose ("Le parquet n'a ni confirmé ni infirmé ces informations", "La gendarmerie n'a pas souhaité communiquer …": README s33)
    officeVerbs: /\b(?:prévoit|prévoient|prévoyait|prévoyaient|table sur|tablent sur|pense|pensent|pensait|pensaient|croit|croient|estime|estiment|soupçonne|soupçonnent|suspecte|suspectent|privilégie|privilégient|évoque|évoquent|(?<=n['’](?:a|ont|avait|avaient) (?:ni|pas|pas encore|toujours pas|pas souhaité|pas voulu) )(?:confirmé|communiqué|précisé|révélé|dévoilé|donné|dévoiler|communiquer|préciser|confirmer|révéler))\b/giu,
    ownAccount: /\bselon (?:ses|leurs) propres (?:dires|termes|informations|chiffres)\b/iu,
    // the speech act of a party is the event: a suspect who confesses or denies ("a avoué", "a reconnu les faits", "a
    // également confié l'avoir tuée"), a demand, alerting the police
    partyNouns: /(?<![\p{L}])(?:le|la|l['’]|un|une) ?(?:(?:jeune|présumée?) )?(?:suspecte?|prévenue?|accusée?|mise? en cause|interpellée?|conducteur|conductrice|automobiliste|victime|homme|femme|adolescente?|locataire|propriétaire|détenue?|agresseur|cambrioleur)(?![\p{L}])/iu,
    partyVerbs: /^(?:(?:a|ont|avait|avaient) (?:(?:\p{L}+ment|aussi|déjà|finalement) )?(?:avoué|nié|contesté|réclamé|exigé|alerté|reconnu (?:les faits|avoir|être|l['’]avoir|sa |son |ses )|confié (?:l['’]avoir|avoir))|avouent|avoue|nient|nie|contestent|conteste|réclament|réclame|exigent|exige|reconnaît (?:les faits|avoir|être))(?![\p{L}])/iu,
    pronouns: { singular: ['il', 'elle'], plural: ['ils', 'elles'] },
    // the outlet's own reporter or its own research (moved from sourcing.ts's OWN_REPORTER, session 34 review, output-identical)
    ownReporter: /\b(?:notre (?:consœur|consoeur|confrère|journaliste|envoyée? spéciale?|correspondante?)|nos (?:informations|sources|confrères|consœurs)|(?:photographe|journaliste|reporter|vidéaste|correspondante?) de l['’](?:AFP|agence)|nos (?:recherches|constatations|vérifications|calculs|relevés))\b/iu,
    // (session 31, ruko4) carry.ts's words, moved here output-identical (types.ts, the fields after `pronouns`)
    recapCues: /précédemment|auparavant/iu,
    // (session 33) and the first hypotheses, conclusions, results and checks of an inquiry (« Selon les premières hypothèses, … »)
    provisionalFindings: /(?:les |la )?premi(?:ers?|ères?) (?:éléments|constatations|constats|informations|investigations|hypothèses|conclusions|résultats|vérifications|auditions)(?: (?:de l['’]enquête|des enquêteurs|recueillis))?/iu,
    // (session 34, ruko7; lead ruling 6) an official examination's finding: "L'autopsie a révélé", "un examen médico-légal a établi",
    // "l'enquête a révélé/révèle" (a verb of showing, not "l'enquête se poursuit"), "selon l'autopsie", "d'après les résultats de l'autopsie"
    examinationFinding: /(?<![\p{L}])(?:(?:[Ll]['’]|[Uu]n |[Ll]e )(?:autopsie|examen médico-légal|expertise médico-légale|enquête)(?: (?:pratiquée|réalisée|menée|ouverte))?(?: \p{L}+){0,3} (?:a (?:révélé|montré|établi|confirmé|permis d['’]établir|démontré|fixé|conclu)|révèle|montre|établit|confirme|démontre)|(?:[Ss]elon|[Dd]['’]après) (?:les (?:premiers )?résultats de )?l['’]autopsie)(?![\p{L}])/u,
    toldTheInquiry: /(?:a|ont|avait|avaient) (?:\p{L}+ )?(?:déclaré|affirmé|expliqué|raconté|assuré|indiqué|dit|avoué|reconnu) (?:aux enquêteurs|aux policiers|aux gendarmes|à la police|aux forces de l['’]ordre)/iu,
    firstPersonSubject: /je|j['’]/u,
    firstPerson: /je|j['’]|nous|me/iu,
    speakerHeading: /^(?:la |les )?(?:réaction|réactions|parole|paroles|mot|mots|avis) (?:de |d['’]|du )/iu,
    // (session 35, src14) unnamed members of an employer (sourcing.ts classifySpeaker: `anon` when the employer is a private body)
    membersOf: /^(?:(?:un|une|les|des|la)\s+)?(?:responsables?|membres?|salarié(?:e|s|es)?|employé(?:e|s|es)?|représentant(?:e|s|es)?|dirigeant(?:e|s|es)?)\s+(?:(?:de la|de|du|des)\s+|de l['’]|d['’])(.{2,80})$/iu,
    negation: /pas|jamais|ni/iu,
    writerSumsUp: /quoi qu['’]il en soit|en tout (?:cas|état de cause)|dans tous les cas|pour rappel|rappelons|pour mémoire/iu,
    secondStrand: /parallèlement|dans le même temps/iu,
    complementizers: /que|qu['’]/iu,
    stressedPronouns: /lui|elle/u,
    mediaShows: /\b(?:vidéo|photo|images?|cliché|enregistrement)\s+(?:\p{L}+\s+){0,3}?(?:montre|montrent|montrait|révèle|révèlent)\b/iu,
    // (session 32, speakers11: moved out of the engine, output-identical) "de même source", "selon la même source": the cue names the source just cited, read as a pronoun
    sameSource: /(?:de|selon) (?:la )?même source/u,
    // capitalised linking words and adverbs opening a clause ("Selon …", "Ensuite …"): never a one-word speaker
    linkingWords: /selon|comme|ainsi|aussi|puis|ensuite|enfin|cependant|pourtant|toutefois|mais|déjà|alors|depuis|désormais/iu,
    // a time adverb right after the verb ("a indiqué samedi que", "a déclaré hier François Scheider") is no subject
    timeAfterVerb: /hier|avant-hier|aujourd['’]hui|ce (?:matin|soir|week-end)|(?:(?:ce|le) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \d{1,2}(?:er)? \p{Ll}+)?(?: (?:matin|soir|après-midi|dernier))?/iu,
    // the recipient before the speaker ("a précisé à l’AFP une source proche du dossier"), and (session 31) the channel before a
    // named speaker ("raconte lundi sur franceinfo Stéphane Guyot, responsable …")
    recipientFirst: /^(?:à|au|aux)\s+[^,;:]{1,60}?\s(?=(?:un|une|le|la|les|des|l['’]|son|sa|ses|notre)[\s\p{L}])|^sur\s+[\p{L}\d-]+\s(?=\p{Lu}\p{Ll})/iu,
    // adverbs closing a speaker span ("a précisé le maire, néanmoins"): no part of the speaker
    // (session 34) and the auxiliary and negation before a refusal's participle ("Le parquet n'a pas précisé": the cue is the participle)
    spanTrailingWords: /ne|aussi|déjà|néanmoins|toutefois|encore|ensuite|n['’]a|n['’]ont|n['’]avait|n['’]avaient|pas|ni|toujours|souhaité|voulu/iu,
    // (session 32, speakers11) a complementizer right after the verb opens its clause, never its subject ("Le maire de la commune, Jean Dupont, a expliqué que …"): with a name and
    // its apposition before the verb, the subject is there (Spanish and French grammar: "que" introduces the complement clause)
    objectStart: /^(?:que|qu['’])(?=[\s,]|$)/iu,
    // (session 32, speakers11) a bare definite noun for a private person by role ("le riverain", "la voisine", "l'habitante") points
    // back, as a speaker, to the person named just before (engine field personRoleNouns, read by carry); "un riverain" is new
    personRoleNouns: /^(?:le |la |l['’])(?:riverain|riveraine|voisin|voisine|habitant|habitante)$/iu,
    // (session 33) « C'est ce qu'a indiqué le maire » : le relatif objet « ce que » est devant le verbe, le sujet vient après
    // (only the relative alone before the verb: « Ce que le maire a dit » keeps its subject)
    frontedObject: /^(?:[Cc]['’]est )?[Cc]e qu(?:e|['’])$/u,
    // (session 33) une phrase qui renvoie en arrière et confirme reste une affirmation : "C'est ce qu'a confirmé la gendarmerie."
    confirmingVerbs: /(?<![\p{L}])confirm(?:é|ée|és|e|ent|ait|aient|er)(?![\p{L}])/iu,
    // (session 33) la page de questions-réponses : une ligne d'en-tête qui nomme qui répond (« Entretien avec le maire Paul Roux »,
    // « Interview de monsieur le Maire », « Trois questions à … ») et les marques de tour (« Q : », « R : »)
    interviewHeader: /^(?:L['’])?(?:(?:ENTRETIEN|Entretien|INTERVIEW|Interview|Rencontre) (?:avec|de)|(?:Trois |Quatre |Cinq |Dix )?[Qq]uestions à)\s+(\p{L}[^.!?:]{1,80}?)[.:]?\s*$/u,
    interviewTurns: { question: /^(?:Q|Question)\s?[:.-]\s/u, answer: /^(?:R|Réponse)\s?[:.-]\s/u },
  },
  sources: {
    anonymous: /\b(?:sources?|anonymat|sous couvert d['’]anonymat|informateurs?|proches?|témoins?|riverains?|habitants?|un connaisseur)\b/iu,
    official: new RegExp(`\\b(?:${OFFICES})\\b`, 'iu'),
    document: /\b(?:étude|rapport|enquête|sondage|données|documents?|statistiques|analyse|jugement|arrêt|dossier|registre|chiffres|bilan|bulletins?)\b/iu,
    media: /\b(?:photos?|vidéos?|images?|clichés?|enregistrements?|satellite)\b/iu,
    institution: /\b(?:institut|université|fondation|organisation|association|entreprise|société|syndicat|observatoire|centre|ONG|experts?|chercheu(?:r|rs|se|ses)|analystes?|professeur(?:e)?|économiste|avocat(?:e)?)\b/iu,
    singleUnnamed: /^(?:un|une) (?:\p{L}+ ){0,3}(?:habitant(?:e)?|riverain(?:e)?|employé(?:e)?|fonctionnaire|témoin|homme|femme|soldat|agent|salarié(?:e)?)\b/iu,
  },
  titles: {
    official: new RegExp(`\\b(?:${TITLES})\\b`, 'iu'),
    named: /\b(?:M\.|Mme|Mlle|Dr|docteur|professeur(?:e)?|Maître|Me)\s/u,
    // (session 33, lead decision 1) les organismes de l'État par leur nom : official quel que soit le nom (institut, agence,
    // office) ; l'Institut Pasteur (fondation privée), les instituts universitaires et privés n'y sont pas
    stateAgencies:
      /(?:Insee|INSEE|Institut national de la statistique(?: et des études économiques)?|Santé publique France|Météo[- ]France|Office français de la biodiversité|OFB|Agences? régionales? de santé|ARS|Anses|ANSES|Agence nationale de sécurité sanitaire(?: de l['’]alimentation, de l['’]environnement et du travail)?|Institut de veille sanitaire|InVS|Haute Autorité de santé|Office national des forêts|ONF|Institut de radioprotection et de sûreté nucléaire|IRSN|Autorité de sûreté nucléaire|Pôle emploi|France Travail|Dares|DREES|Drees|Institut national de l['’]information géographique et forestière|MétéoSuisse|Sciensano|Statbel|Institut royal météorologique|Statistique Canada|Santé Canada|Institut médico-légal|IML)/u,
  },
  hedges: {
    patterns: [
      // (session 30: "selon plusieurs / certaines sources" qualified by where the sources sit — "proches de l'enquête", "policières",
      // "judiciaires" — is an anonymous attribution, as "selon une source proche de l'enquête" is, not a hedge; bare, it stays one)
      // (session 34, hedges12: the word class of epistemic adverbs in -ment completed, "manifestement", "possiblement", "supposément",
      // "présumément", "plausiblement", beside "apparemment", "visiblement", "vraisemblablement", "probablement"; carry sets: "Les faits se sont
      // manifestement produits …", "c'est possiblement dû à …" were missed)
      // adverbs and phrases of report or likelihood; "a priori" / "à priori" as an adverb, not the noun ("sans a priori", "des a priori");
      // none of them hedges the claim inside an indirect question or a condition ("vérifier si … peut-être", README session 26)
      /\b(?:apparemment|prétendument|semble(?:nt|rait)?|selon des informations non confirmées|visiblement|manifestement|possiblement|supposément|présumément|plausiblement|selon toute vraisemblance|selon toute (?:apparence|probabilité)|en toute (?:vraisemblance|probabilité)|de toute évidence|(?<!\b(?:des|les|un|sans|aucun|ses|ces|leurs|nos|vos|quelques) |\bd['’]|\bl['’])[aà] priori|selon (?:certaines|plusieurs) sources(?! (?:proches?|policières?|judiciaires?|concordantes|gouvernementales|officielles|sécuritaires|diplomatiques|syndicales|internes|militaires|médicales|hospitalières|municipales|préfectorales|ministérielles|au sein|à la (?:préfecture|mairie|gendarmerie|police)|de l['’]enquête|du dossier|de la (?:police|gendarmerie|préfecture|mairie))\b)|il semblerait|vraisemblablement|probablement|sans doute|dit-on|paraît-il|potentiellement|(?:ça|cela|ce) (?:peut|pourrait) être|(?:l['’])?on pense être|(?:selon les|d['’]après les|au vu des) premi(?:ers éléments|ères (?:constatations|informations|investigations|conclusions)))\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // the conditionnel journalistique ("aurait pris la fuite", "seraient originaires", "pourrait avoir pris", "il s'agirait"), not the
      // conditionals that report nothing: the future in the past after a verb of announcing or promising ("a annoncé qu'il serait
      // candidat", "a dit qu'il serait là"), a hypothesis after "si" before or after it ("Si la digue avait cédé, le quartier aurait été
      // inondé"; "… serait sous l'eau si la digue avait cédé", but not "aurait demandé si …", an indirect question), and the modal
      // judgment "il serait souhaitable/temps de"; a report under "a indiqué que" keeps its hedge ("a indiqué que le suspect aurait agi")
      // (session 31: the counterfactual of a worse outcome, "cela aurait pu arriver à n'importe qui", "le bilan aurait pu être bien plus lourd",
      // "le drame aurait pu être évité", is an evaluation of what did not happen, not a report: reference grammar, conditionnel passé of
      // "pouvoir" with an outcome; "il aurait pu s'enfuir par la fenêtre" stays a report)
      /\b(?!aurai(?:en)?t pu (?:être (?:(?:bien|beaucoup|encore|largement|nettement) )?(?:évitée?s?|pire|plus (?:grave|lourde?|dramatique|meurtri\p{L}+|tragique)|dramatique|fatale?|mortelle?|catastrophique)|arriver (?:à|chez) (?:n['’]importe qui|tout le monde|chacun)|(?:tourner|virer) (?:au|à la) (?:drame|carnage|pire|catastrophe|tragédie)|coûter la vie|être (?:tuée?s?|grièvement blessée?s?)|mourir|perdre la vie|(?:atteindre|dépasser|s['’]élever à) (?:\p{L}+ ){0,2}?(?:plusieurs|des|\d))\b)(?!(?<=\b(?:il|ce|cela|ça) )serait (?:plus |moins |très |bien |sans doute |peut-être )?(?:souhaitable|préférable|bon|bien|utile|nécessaire|judicieux|opportun|temps|dommage|logique|normal|prudent|sage|faux|exagéré|difficile|impossible|intéressant|important|urgent|juste|légitime|illusoire|vain|inutile|regrettable|mieux|simple|raisonnable|naïf|erroné)\b)(?<!\b(?:témoignages?|témoins?|toute personne|quiconque|recherch\p{L}*|cherch\p{L}*|compt\p{L}* sur)\b[^.;:!?«»"“”]{0,80}\bqui (?:ne |n['’])?(?:\p{L}+['’ ]){0,3}?)(?:aurai(?:en)?t|serai(?:en)?t|devrai(?:en)?t avoir|il s['’]agirait|\p{L}{3,}erai(?:en)?t (?=été|\p{L}+é))\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))(?<!(?:\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s(?:\p{L}+\s)?(?:annoncé|promis|assuré|garanti|prévenu|prévu|juré|espéré|décidé|pensé|cru|affirmé)|\b(?:annonç|promett|assur|espér|pens|croy|prévoy|jur)ai(?:en)?t|\b(?:annonça|promit|assura|espéra|pensa|crut|prévit|jura)|\b(?:a|ont|avait|avaient)\s(?:\p{L}+\s)?(?:dit|déclaré|indiqué|expliqué|répondu|écrit|précisé|confirmé)\s(?:\p{L}+\s){0,2}?qu['’](?:il|ils|elle|elles|on)\b)[^.;:!?«»"“”]{0,100})(?![^.;:!?«»"“”]{0,100}(?<!\b(?:demand|savoir|sait|savent|vérifi|cherch|ignor|détermin|établi|examin|précis)\p{L}* )\bs(?:i\s(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)|['’]ils?\b)[^.;:!?«»"“”]{0,80}\b\p{L}+(?:ait|aient)\b)/iu,
      // (session 33, hedges11: likewise a death or a figure that did not happen, "le policier aurait pu être tué", "le préjudice aurait pu
      // atteindre plusieurs milliers d'euros", README check9: -)
      // (session 34, hedges12: inference "tout indique que", "tout semble indiquer que", as "tout porte à croire"; the distancing "à en croire …", as ru
      // "если верить" (session 27); and above "selon toute apparence / probabilité", "de toute évidence" beside "selon toute vraisemblance")
      // "peut-être" (maybe; not "peut être", can be), "il paraît que", and inference: "tout porte à croire", "laisse penser que"
      /\b(?:peut-être|il para[iî]t(?:rait)? que|tout (?:porte|portait|laisse|laissait) à (?:croire|penser|supposer)|tout (?:indique|indiquait|semble indiquer|semblait indiquer|donne à (?:penser|croire)|prête à (?:penser|croire)) qu(?:e|['’])|à en croire|(?:laisse(?:nt|rait)?|laissent|laissaient|laissait) (?:à )?(?:penser|supposer|croire) (?:que|qu['’]|à )|(?<!\bne )(?:permet(?:tent|tait|taient|trait)? de|font|faisaient) (?:penser|supposer|croire) (?:que|qu['’]|à ))\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // not ruled out, a favoured hypothesis: "n'est pas exclu", "n'exclut pas que", "la piste criminelle est privilégiée", "la piste
      // la plus évoquée", "privilégie la thèse";
      // "on ne peut pas exclure des débordements" (a forecast) is left out
      /(?:\bn['’](?:est|était|a|avait) (?:donc |toujours |pour l['’]heure |pas encore )?pas (?:non plus )?(?:été )?(?:à )?exclu(?:e|s|es|re)?|\bn['’](?:est|était|serait) pas (?:impossible|improbable|invraisemblable|exclu) qu(?:e|['’])|\b(?:la piste|l['’]enquête|les enquêteurs) s['’]oriente(?:nt)? vers|\bne (?:sont|serait|seraient|semble) pas (?:à )?exclue?s?|\bn['’]exclu\p{L}* pas (?:que|l['’]hypoth[èe]se|la piste)|\b(?:hypoth[èe]se|piste|thèse)s? (?:\p{L}+ ){0,2}?(?:n['’]est pas écartée|n['’]a pas été écartée|est privilégiée|privilégiée|(?:la |le )?plus (?:évoquée|probable|sérieuse|vraisemblable)|retenue)|\bprivilégi(?!ai(?:en)?t\b(?<=\bqui (?:alors |d['’]abord |initialement |jusqu['’]alors |au départ )?privilégiai(?:en)?t))\p{L}* (?:la piste|la thèse|l['’]hypoth[èe]se))\b/iu,
      // session 30: the epistemic "pourrait / pourraient" (may, on a state, a cause, a figure or a past event): "pourrait avoir pris",
      // "pourrait s'être déplacé", "il pourrait s'agir", "pourrait être à l'origine de / dû à / lié à", "il pourrait s'élever à", "pourrait
      // atteindre / dépasser", "pourrait en faire partie", "pourrait se trouver", with an adverb or a clitic between ("pourrait aussi être à
      // l'origine"); not the future event or the next procedural step, a prediction as "devrait" is (README): "avoir" with no participle
      // ("pourrait avoir lieu ce jeudi", "pourrait avoir des conséquences"), "être" + a participle of a step to come ("pourrait être mis en
      // examen / jugé / identifié / libéré"), verbs of change ("pourrait augmenter / s'alourdir"), a time to come in the clause ("qui pourrait
      // être identifiée dans les prochaines heures"), and the conditions, indirect questions and futures in the past the other classes skip
      /\bpourrai(?:en)?t (?:(?:aussi|également|bien|même|donc|toutefois|notamment|en partie|très bien|fort bien|d['’]ailleurs|alors|ainsi|plutôt|elle aussi|lui aussi|eux aussi|tout à fait) )?(?:avoir (?:(?:(?:déjà|bien|aussi|également|même|ensuite|alors|ainsi|été) )?(?:été|eu|(?!lieu\b)\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|ort|orte|orts|int|inte|ints|intes))\b)|être(?:, | )(?!(?:mise?s? en (?:examen|cause|garde à vue|détention|liberté|service|vente|place|œuvre|oeuvre))\b|(?:jugé|condamné|libéré|relâché|entendu|présenté|déféré|transféré|expulsé|extradé|poursuivi|sanctionné|licencié|suspendu|remplacé|fermé|rouvert|prolongé|reporté|annulé|levé|identifié|retrouvé|arrêté|interpellé|placé|relogé|indemnisé|reconstruit|démoli|évacué|rétabli|connu|fixé|rendu|publié|annoncé|livré|achevé|terminé|construit|ouvert|lancé|voté|adopté|examiné|tranché|rejeté|validé|signé|décidé|nommé|élu|appelé|convoqué|auditionné|opéré|hospitalisé|soigné|sauvé|vendu|attribué|versé|dévoilé|révélé|traduit|renvoyé|rapatrié|remis|étendu|généralisé|modifié|revu|abandonné|mis|prise?s?|pris|organisé|inculpé|accusé|mobilisé|déployé|autorisé|interdit|supprimé|réduit|augmenté|relevé)(?:e|s|es)?\b)|(?:s['’]|s['’]y |s['’]en |se |y |en |l['’]|le |la |les )?(?:agir|élever|atteindre|dépasser|avoisiner|représenter|concerner|provenir|expliquer|correspondre|faire partie|appartenir|trouver|remonter|dater|totaliser|impliquer|relever d|découler|résulter|venir d|cacher)|(?:s['’]|s['’]y |s['’]en )être)(?![^.;:!?]{0,100}\b(?:dans les? (?:\p{L}+ )?(?:prochain\p{L}*|jours qui viennent|semaines qui viennent|mois qui viennent)|prochainement|bientôt|demain|après-demain|à l['’]avenir|à terme|d['’]ici (?:à |la |le |l['’]|peu|quelques|\d)|(?:la semaine|le mois|l['’]an|l['’]année|l['’]été|l['’]hiver) prochain\p{L}*|en fin de (?:semaine|journée|mois|année)|dans la (?:journée|soirée|matinée)|lors (?:de la|du|des) prochaine?s?)\b)(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))(?<!(?:\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s(?:\p{L}+\s)?(?:annoncé|promis|assuré|garanti|prévenu|prévu|juré|espéré|décidé|pensé|cru|affirmé)|\b(?:annonç|promett|assur|espér|pens|croy|prévoy|jur)ai(?:en)?t|\b(?:annonça|promit|assura|espéra|pensa|crut|prévit|jura)|\b(?:a|ont|avait|avaient)\s(?:\p{L}+\s)?(?:dit|déclaré|indiqué|expliqué|répondu|écrit|précisé|confirmé)\s(?:\p{L}+\s){0,2}?qu['’](?:il|ils|elle|elles|on)\b)[^.;:!?«»"“”]{0,100})(?![^.;:!?«»"“”]{0,100}(?<!\b(?:demand|savoir|sait|savent|vérifi|cherch|ignor|détermin|établi|examin|précis)\p{L}* )\bs(?:i\s(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)|['’]ils?\b)[^.;:!?«»"“”]{0,80}\b\p{L}+(?:ait|aient)\b)/iu,
      // session 30: unnamed media in a closing or middle incise (", ont rapporté des médias", ", rapportent plusieurs journaux locaux"), as the
      // frame before the claim is (session 27); not a named paper (", rapporte Le Parisien"); and the conditional of report of "faire"
      // ("l'homme ferait face à", "ils feraient partie"), which the "-erait" class misses (one letter before "-erait"), with the same
      // guards (a "que / si / quand" clause before it: the future in the past or a condition) and not a consequence ("cela ferait")
      /(?<=[,(—]\s*)(?:(?:ont|avaient|a|avait) (?:\p{L}+ )?(?:rapporté|indiqué|affirmé|annoncé|écrit|relaté|révélé|précisé|assuré)|rapportent|rapportaient|indiquent|indiquaient|affirment|affirmaient|écrivent|relatent|révèlent|assurent|précisent) (?:des|plusieurs|certains|divers|différents|les|de nombreux|d['’]autres) (?:médias|journaux|sites d['’]information|chaînes)(?: \p{L}+(?:aux|s|es))?\b|(?<!\b(?:(?<!\b(?:parce|alors|tandis|bien|lors|autant|donné|vu|ainsi|même) )(?:que|qu['’](?:il|ils|elle|elles|on|un|une|en|eux|ils))|si|s['’]ils?|quand|lorsque|lorsqu['’]\p{L}*)\b[^.;:!?«»"“”]{0,80})(?<!\b(?:cela|ça|ceci|ce qui|ce qu['’]il) (?:ne )?(?:\p{L}+ )?)\bferai(?:en)?t\b/iu,
      // the conditional of report with stative verbs ("se trouverait", "s'élèverait à", "proviendrait", "viendrait de",
      // "compterait", "ferait partie"); "devrait/pourrait/voudrait/faudrait" are left out (predictions, ability, wishes)
      /\b(?:se trouverai(?:en)?t|s['’]élèverai(?:en)?t|proviendrai(?:en)?t|viendrai(?:en)?t d['e]|détiendrai(?:en)?t|posséderai(?:en)?t|compterai(?:en)?t|concernerai(?:en)?t|impliquerai(?:en)?t|ferai(?:en)?t (?:partie|l['’]objet)|remonterai(?:en)?t|(?:il )?y aurait)\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))(?<!(?:\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s(?:\p{L}+\s)?(?:annoncé|promis|assuré|garanti|prévenu|prévu|juré|espéré|décidé|pensé|cru|affirmé)|\b(?:annonç|promett|assur|espér|pens|croy|prévoy|jur)ai(?:en)?t|\b(?:annonça|promit|assura|espéra|pensa|crut|prévit|jura)|\b(?:a|ont|avait|avaient)\s(?:\p{L}+\s)?(?:dit|déclaré|indiqué|expliqué|répondu|écrit|précisé|confirmé)\s(?:\p{L}+\s){0,2}?qu['’](?:il|ils|elle|elles|on)\b)[^.;:!?«»"“”]{0,100})(?![^.;:!?«»"“”]{0,100}(?<!\b(?:demand|savoir|sait|savent|vérifi|cherch|ignor|détermin|établi|examin|précis)\p{L}* )\bs(?:i\s(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)|['’]ils?\b)[^.;:!?«»"“”]{0,80}\b\p{L}+(?:ait|aient)\b)/iu,
      // an alleged-word that asserts (README, "Attributive alleged-words", session 25): "un auteur présumé", "des cambrioleurs
      // présumés", "considéré comme le tireur présumé"; not after a definite article, demonstrative or possessive, where it names
      // ("l'auteur présumé a été écroué", "le tireur présumé"), and not the legal "présumé innocent"
      /(?<!(?<!\bcomme )\b(?:le|la|les|du|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|votre)\s(?:\p{L}+\s)?|(?<!\bcomme )\bl['’](?:\p{L}+\s)?)\b(?:présumée?s?|supposée?s?)\b(?! innocente?s?\b)/iu,
      // (session 27: "parce que / alors que / tandis que / bien que …" open an adverbial clause, not a completive after a verb of saying, so a
      // report conditional after them stays a hedge: "… parce qu'il utiliserait des fonds publics")
      // (session 27: the restrictive "ne … qu'à / qu'au" is not a "que" clause: "Nous ne sommes qu'à mi-mandat, mais des conseillers
      // exploreraient …")
      // the conditional of report of any "-er" verb ("Elle présenterait des traces", "des conseillers exploreraient"): "-erait" is not an
      // imperfect ending (those of "-érer" verbs keep the accent: "considérait"); left out inside a "que/si/quand" clause (the future in
      // the past: "il a annoncé qu'il démissionnerait"; a condition) and the wishes "aimerait/souhaiterait/préférerait"
      /(?<!\b(?:(?<!\b(?:parce|alors|tandis|bien|lors|autant|donné|vu|ainsi|même) )(?:que|qu['’](?:il|ils|elle|elles|on|un|une|en|eux|ils))|si|s['’]ils?|quand|lorsque|lorsqu['’]\p{L}*)\b[^.;:!?«»"“”]{0,80})\b(?!(?:aim|souhait|préfér|désir|voud)erai)\p{L}{2,}erai(?:en)?t\b(?<!\b(?:recherch\p{L}*|cherch\p{L}*|quête|traqu\p{L}*|réclam\p{L}*)\b[^.;:!?«»"“”]{0,80}\bqui (?:ne |n['’])?(?:\p{L}+ ){0,3}\p{L}+)/iu,
      // session 27: the same conditional of report for verbs of the other groups, by endings that are no imperfect: "-drait" (prendrait,
      // appartiendrait; not faudrait/voudrait/vaudrait/conviendrait), "-ttrait" (commettrait; not permettrait, a consequence), "-aîtrait"
      // (connaîtrait), "-ivrait" (vivrait, suivrait; not livrait), "-uirait" (conduirait), "-oirait" (boirait), the "-ir" verbs by stem
      // (souffrirait, agirait; "-irait" alone is also the imperfect of "tirer", "admirer"), "-cevrait" (recevrait); the same guards, and
      // not after "cela/ça/ce qui" (a consequence: "cela prendrait des années")
      /(?<!\b(?:(?<!\b(?:parce|alors|tandis|bien|lors|autant|donné|vu|ainsi|même) )(?:que|qu['’](?:il|ils|elle|elles|on|un|une|en|eux|ils))|si|s['’]ils?|quand|lorsque|lorsqu['’]\p{L}*)\b[^.;:!?«»"“”]{0,80})(?<!\b(?:cela|ça|ceci|ce qui|ce qu['’]il) (?:ne )?(?:\p{L}+ )?)\b(?!(?:fau|vou|vau|convien|s['’]en)drai)(?:\p{L}{2,}(?:drai|ttrai|[aoî]îtrai|aitrai|uirai|oirai)|\p{L}*(?<!l)ivrai|(?:souffr|ouvr|offr|couvr|découvr|ag|réuss|chois|sais|serv|dorm|ment|fourn|nourr|obé|dir|lir|écrir)irai|(?:re|per|aper)cevrai)(?:en)?t\b(?<!\bpermettrai(?:en)?t)/iu,
      // unverified or unofficial information and rumour as the frame ("d'après des informations non vérifiées", "selon des sources non
      // officielles", "de source officieuse", "selon la rumeur", "des rumeurs font état de"), not a rumour that is the claim's object
      // ("la rumeur a été démentie"); "selon nos informations" (the outlet's own reporting) is not one
      /\b(?:(?:selon|d['’]après|de) (?:des |certaines |plusieurs |les )?(?:informations|sources?|éléments) (?:\p{L}+ )?(?:non (?:confirmée|vérifiée|officielle|recoupée)s?|officieuses?)|(?:selon|d['’]après) (?:la|les|des|certaines) rumeurs?|(?:des |les |de )?rumeurs? (?:font|faisait|faisaient|fait) état|la rumeur (?:court|courait|veut|voulait|dit|disait)|(?:on|il se) murmure (?:que|qu['’]))\b/iu,
      // a cause called probable ("la cause probable de l'incendie", "l'origine probable", "le mobile probable")
      /\b(?:(?:cause|origine|mobile|motif|piste)s? (?:la plus )?probables?|probables? (?:cause|origine|mobile|motif)s?)\b/iu,
      // (session 27: and hearsay, "on dit que", "on raconte que", as "dit-on"; not "on dit souvent que", a saying)
      // impersonal belief: "on croit savoir que", "on pense que", "on suppose que", "on soupçonne que"
      /\bon (?:croit savoir|pense|suppose|soupçonne|présume|estime probable|dit|disait|raconte|racontait) qu/iu,
      // preliminary findings beyond "les premiers éléments": provisional or preliminary results, first findings that point somewhere
      /\b(?:(?:selon|d['’]après|au vu d(?:es|e)) (?:les |des |de |nos |leurs )?(?:premi(?:ers|ères) (?:\p{L}+ )?(?:éléments|constatations|informations|investigations|conclusions|résultats|analyses|expertises|indices|observations|relevés|témoignages|auditions)|(?:éléments|constatations|informations|conclusions|résultats) (?:provisoires|préliminaires))|(?:les )?premi(?:ers|ères) (?:éléments|constatations|investigations|conclusions|analyses|expertises|indices) (?:laissent|indiquent|montrent|suggèrent|tendent|semblent|privilégient|orientent|font état|évoquent))\b/iu,
      // impersonal likelihood predicates and adverbs ("il est probable/possible/vraisemblable que", "selon toute probabilité",
      // "supposément", "présumément", "à ce qu'il paraît"); not "il est possible de" (an action one may take) nor "il est certain que"
      /\b(?:il (?:est|était|serait) (?:très |fort |bien |peu |tout à fait |hautement )?(?:probable|possible|vraisemblable|plausible|envisageable) qu|selon toute probabilité|supposément|présumément|à ce qu['’]il para[iî]t)/iu,
      // "il se pourrait que" (it may be that), "il se peut que"
      /\bil se (?:pourrait|peut|pouvait) (?:bien |fort bien |très bien )?qu['’e](?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // session 27: unnamed media as the frame ("selon plusieurs médias", "d'après la presse locale", "des médias locaux rapportent";
      // README: an unnamed media frame is a hedge), "si l'on en croit …" (a distancing frame); not a named paper ("selon Le Parisien"),
      // nor information that is the claim's object ("a démenti les informations parues dans plusieurs médias")
      /\b(?:(?:selon|d['’]après) (?:(?:plusieurs|certains|divers|différents|de nombreux|des|les) )?(?:médias|journaux|sources médiatiques)(?: \p{L}+(?:aux|s))?|(?:selon|d['’]après) la presse(?: \p{L}+)?|(?:plusieurs|certains|des|divers|les) (?:médias|journaux)(?: \p{L}+(?:aux|s))? (?:rapportent|rapportaient|affirment|affirmaient|évoquent|évoquaient|indiquent|indiquaient|assurent|font état|faisaient état)|la presse(?: \p{L}+)? (?:rapporte|rapportait|affirme|affirmait|évoque|évoquait|indique|indiquait|assure|assurait|écrit|révèle|fait état|faisait état)|si l['’]on en croit)\b/iu,
      // session 27: the epistemic "a pu être" + a participle of causing or of a theft ("a pu être dérobée", "ont pu être provoquées") and
      // "a pu provoquer"; the "managed to" reading of other verbs stays out ("ont pu être évacués", "a pu être interpellé"); the
      // counterfactual "aurait pu provoquer" is left out; a favoured hypothesis with words between ("L'hypothèse du jet de mégot est
      // actuellement privilégiée") and suspicion as the frame ("de fortes suspicions que")
      /\b(?:(?:a|ont|avait|avaient) pu (?:être (?:causée?s?|provoquée?s?|déclenchée?s?|occasionnée?s?|dérobée?s?|volée?s?|subtilisée?s?|commise?s?|allumée?s?|empoisonnée?s?|contaminée?s?|infectée?s?|transmise?s?)|(?:causer|provoquer|déclencher|occasionner|entraîner))|(?:hypoth[èe]se|piste|thèse|mobile|scénario|version|motif)s? (?:[\p{L}'’-]+ ){0,5}?(?:est|sont|était|étaient|reste|restait) (?:(?:actuellement|désormais|toujours|donc|bien|clairement|nettement|aujourd['’]hui|pour l['’](?:instant|heure)) )?(?:privilégiée|retenue|privilégiées|retenues|privilégié|retenu|privilégiés|retenus|la plus probable)|(?:de|des) (?:(?:forte|fort|grande|grand|sérieuse|sérieux|lourde|lourd|grave|vive|vif)s? )?(?:suspicions|soupçons)(?: ?[»”"])? (?:que|qu['’]))\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // session 28 (lead decision): an impersonal report verb with no reporter ("il est rapporté que", "il a été signalé que", "on rapporte
      // que", "est-il rapporté", "il est fait état de") is a hedge: hearsay with no one to answer for it; "on dit/raconte que" were already
      // one (session 27); not negated ("il n'a pas été signalé que")
      /\b(?:il (?:est|a été|aurait été|était|avait été) (?:également |aussi |par ailleurs )?(?:rapporté|signalé|indiqué|évoqué|affirmé|raconté) que|on (?:rapporte|signale|indique|évoque|affirme|murmure|rapportait|signalait|évoquait) que|(?:est|a été)-il (?:rapporté|signalé|indiqué|précisé)|il est fait état d|on fait état d)(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // session 28 (lead decision): provisional findings as the subject ("Les premières indications évoquent", "les premiers éléments de
      // l'enquête laissent penser", "les premières constatations font état de"), and "en l'état actuel de l'enquête", "à ce stade de
      // l'enquête", as "selon les premiers éléments de l'enquête"
      /\b(?:(?:les |des )?premi(?:ers|ères) (?:\p{L}+ )?(?:éléments|indications|constatations|investigations|conclusions|indices|résultats|analyses|observations|examens|informations|expertises|auditions)(?: de l['’]enquête| de l['’]autopsie| recueillis| disponibles)? (?:évoqu|indiqu|laiss|suggèr|suggér|montr|font état|privilégi|orient|tend|sembl|accrédit|point|désign|dessin|confirm|mett|révèl)\p{L}*|en l['’]état (?:actuel )?(?:de l['’]enquête|des investigations|des connaissances)|à ce stade (?:de l['’]enquête|des investigations)(?<!\baucune? (?:hypoth[èe]se|piste|thèse|possibilité|explication)s? (?:n['’]est|n['’]a été|ne (?:sont|peut|peuvent)|n['’]ont été) (?:\p{L}+ )?(?:écartée?s?|exclue?s?|privilégiée?s?|être écartée?s?)[^.;:!?]{0,40}))(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // session 28 (batch 2): a hypothesis kept open or favoured ("la piste accidentelle reste envisagée", "l'hypothèse d'un règlement de
      // comptes est étudiée"), as "est privilégiée"; not when set aside ("n'est plus envisagée", "a été écartée")
      /\b(?:piste|hypoth[èe]se|thèse)s? (?:\p{L}['’]?\p{L}* ){0,4}?(?<!\bn['’])(?:est|reste|sont|restent|était|semble|semblent) (?:toujours |encore |désormais |également |aussi )?(?:envisagée|étudiée|explorée|retenue|évoquée|favorisée)s?\b/iu,
      // session 28 (batch 4): the impersonal hearsay "il se dit / il se raconte / il se murmure que", as "on dit que" (session 27)
      /\bil se (?:dit|disait|raconte|racontait|murmure|murmurait|chuchote) que\b(?<!\bs(?:i\s(?!l['’]on en croit)(?:le|la|les|l['’]|un|une|des|du|on|il|ils|elle|elles|nous|vous|je|j['’]|tu|ce|cet|cette|ces|cela|ça|son|sa|ses|leur|leurs|aucune?|personne)|['’]ils?\b)(?:[^.;:!?«»"“”,]{0,120}|(?=[^.;:!?«»"“”,]{0,120}\b(?:avai(?:en)?t|étai(?:en)?t|[a-zàâçéèêëîïôûù]{2,}ai(?:en)?t)\b)[^.;:!?«»"“”]{0,120}))/iu,
      // session 29 (lead decision): a verb of becoming known with no source named ("Il est apparu que …", "on a appris que …", "…, a-t-on
      // appris jeudi.") is a hedge; not with a source ("a-t-on appris auprès du parquet / de source proche", "on a appris de source policière
      // que"), nor "il est apparu fatigué" (he appeared)
      /\bil (?:est|était|serait) (?:ensuite |également |aussi |par la suite |rapidement |alors )?apparu qu|\bon a (?:également |aussi |ensuite |alors )?appris qu(?![^.;]{0,120}\b(?:auprès|de source|selon|d['’]après)\b)|\ba-t-on (?:également |aussi )?appris(?! (?:\p{L}+ ){0,3}?(?:auprès|de source|de sources|selon|d['’]après|par|du|de la|des|de l['’]))/iu,
      // session 33 (hedges11): lead decision 3, a version the inquiry considers is a hedge: "les enquêteurs explorent / étudient / examinent /
      // creusent / envisagent (notamment) la piste d'un …", "travaillent sur l'hypothèse", "n'écartent pas la piste", "étudiaient bien cette
      // hypothèse"; not a trail followed to a person ("ont remonté la piste d'un jeune homme"), a lead set aside ("ont écarté la piste"), nor an
      // examination of whether ("examinent si …", an indirect question, README session 32). An office's belief in the first person inside a
      // quote ("« Nous pensons que le feu est d'origine criminelle », a indiqué le procureur", as "on pense que"), not about the speakers
      // themselves ("nous pensons que nous avons bien travaillé") nor a forecast ("… que la route sera rouverte demain"). Provisional findings with
      // their office between ("Les premières constatations des gendarmes indiquent …", the s28 decision)
      /\b(?:(?:explor|étudi|examin|creus|envisag)\p{L}* (?:(?:notamment|aussi|également|toujours|désormais|bien|sérieusement|actuellement|encore) ){0,2}(?:la |une |cette |l['’]|les |des |deux |plusieurs )(?:piste|hypoth[èe]se|thèse|scénario)s?|(?:travaill|se pench|se concentr)\p{L}* (?:(?:notamment|aussi|également|toujours|désormais|surtout) )?sur (?:la |une |cette |l['’]|les |des |plusieurs )(?:piste|hypoth[èe]se|thèse|scénario)s?|n['’](?:écart|exclu)\p{L}* (?:\p{L}+ )?(?:pas|aucunement|nullement) (?:la |l['’]|cette |une )(?:piste|hypoth[èe]se|thèse)|nous (?:\p{L}+ )?(?:pensons|croyons|soupçonnons|supposons|présumons) qu(?:e |['’])(?!(?:nous|on|je|j['’])\b)(?![^.;:!?«»"“”]{0,120}\b(?:demain|bientôt|prochain\p{L}*|sera|seront|pourra|pourront|devra|devront)\b)|(?:les |des )?premi(?:ers|ères) (?:éléments|constatations|investigations|conclusions|indices|résultats|analyses|expertises|auditions|examens) (?:de la |du |des |de l['’])(?:[\p{L}'’-]+ ){1,4}?(?:évoqu|indiqu|laiss|suggèr|suggér|montr|font état|privilégi|orient|tend|sembl|accrédit|désign|confirm|révèl)\p{L}*)\b/iu,
      // session 33 (hedges11): the epistemic "a/ont pu être" + a participle of harm or of a body or thing carried off ("a pu être frappée", "ont
      // pu être emportées par les torrents"), and a fire that "a pu partir / démarrer / prendre" (README check7: "ont pu être emportées" is h);
      // the participles of an achievement (interpellé, identifié, secouru, évacué, maîtrisé, retrouvé, relogé, réanimé …) stay out: "a pu être
      // interpellé" says the arrest took place (README session 32), as "ont pu évacuer" does; nor the counterfactual "aurait pu être tué";
      // the fire is the subject, not a new clause ("a signalé l'incendie et a pu prendre en charge des personnes", README check9: -)
      /\b(?:(?:a|ont|avait|avaient) pu être (?:frapp|tué|tuée|tués|tuées|poignard|étrangl|agress|battu|emport|jeté|jetée|jetés|jetées|percut|renvers|incendi|brûl|noy|assassin|abattu|drogu|bless|mordu|écras|violent)\p{L}*|(?:feu|incendie|sinistre|flammes|départ de feu)s? (?:(?!et\b)[\p{L}'’]+ ){0,3}?(?:a|ont|avait|avaient) pu (?:partir|démarrer|naître|prendre(?! en charge)|se déclarer|commencer))\b/iu,
      // (session 34, hedges12: a suspicion with a noun object, "Les gendarmes soupçonnent un règlement de comptes", "On soupçonne un acte criminel",
      // not the legal status "est soupçonné de"; the impersonal "on suppose / présume / pense que"; and "il n'est pas impossible que" beside
      // "n'est pas exclu")
      // session 33 (hedges11), from the residue of check9 (spent, read as dev): the authorities' belief ("Les enquêteurs estiment qu'il y a
      // toute une équipe …", "Les gendarmes pensent que …"), as "les enquêteurs privilégient la thèse"; not an estimate of a figure ("estiment
      // le préjudice à", no "que"); and (above) "n'est pas non plus exclue" as "n'est pas exclue"
      /\b(?:les |des )?(?:enquêteurs|gendarmes|policiers|pompiers|sapeurs-pompiers|experts|autorités|secours|militaires|investigateurs|services de police) (?:\p{L}+ ){0,2}?(?:estiment|pensent|croient|soupçonnent|supposent|présument|estimaient|pensaient|croyaient|soupçonnaient) qu(?:e |['’])|\b(?:les |des )?(?:enquêteurs|gendarmes|policiers|pompiers|sapeurs-pompiers|experts|autorités|médecins|légistes|investigateurs|services de police|on) (?:\p{L}+ ){0,2}?(?:soupçonn|suspect|présum)(?:e|ent|ait|aient) (?:un|une|des|la piste|l['’]hypoth[èe]se|la thèse)\b|\bon (?:soupçonne|suppose|présume|pense|croit|estime|soupçonnait|supposait|pensait|croyait) qu(?:e |['’])/iu,
      // session 33 (hedges11), batch 3: the authorities voicing a version ("Les gendarmes évoquent de la délinquance locale plutôt que des
      // cambrioleurs de passage", "les enquêteurs évoquent la piste d'un règlement de comptes"; decision 3), an impersonal report only for the
      // office in play (`reportFrames` has "évoque"); not an event recalled ("le maire a évoqué la mémoire des victimes")
      /\b(?:les |des )?(?:enquêteurs|gendarmes|policiers|pompiers|sapeurs-pompiers|experts|autorités|secours|investigateurs) (?:\p{L}+ ){0,2}?évoqu(?:ent|aient|ait|e) (?:(?:notamment|aussi|plutôt|désormais) )?(?:la piste|l['’]hypoth[èe]se|une piste|plusieurs pistes|de la|du|des|un|une)\b/iu,
    ],
    // session 29: impersonal report and becoming known (a hedge only with no reporter in play), and the object of a denial
    // session 33 (hedges11): provisional findings stay a hedge whoever is in play ("Les premiers éléments de l'enquête indiquent que …" with the
    // parquet in play; the s28 decision): a cue that opens on "premiers / premières" is a finding, not an impersonal report; and "à ce stade
    // de l'enquête" after "aucune hypothèse n'est écartée" is an open inquiry, no version asserted (in the provisional-findings class above)
    reportFrames: /^(?!(?:les |des |nos |leurs )?premi(?:ers|ères)\b)[\s\S]*?(?:rapporté|rapporte|signalé|signale|indiqué|indique|évoqué|évoque|affirmé|affirme|précisé|fait état|appris|apparu)/iu,
    reportedObject: /\b(?:démenti\p{L}*|dément\p{L}*|démentent|réfut\p{L}*|contest\p{L}*|nié|niaient|nie|nient)\s(?:formellement\s|mercredi\s|jeudi\s|lundi\s|mardi\s|vendredi\s|samedi\s|dimanche\s)*(?:l['’]information|les informations|la rumeur|les rumeurs|l['’]affirmation|les affirmations|les allégations|l['’]hypothèse)\s(?:selon laquelle|selon lesquelles|d['’]après laquelle|qui|voulant que)[^.;!?]{0,160}$/iu,
    // session 28: rule D (README, session 23): a report the same sentence goes on to correct ("alors qu'on évoquait d'abord …, il s'agissait
    // en réalité de …", "… qui aurait été volé s'est avéré …") is not the claim's hedge
    corrections: /(?:\bs['’](?:est|étaient|était) (?:finalement )?(?:avérée?s?|révélée?s?) (?:être |faux|fausse|infondée?s?)|\ben réalité\b|\bs['’]agissait en fait\b|\bfinalement (?:retrouvée?s? (?:vivante?s?|saine?s? et sauve?s?))|\bdémenti(?:e|es|s)? par\b)/iu,
  },
  furniture: {
    lines: [
      // a promo line that sends the reader elsewhere, an embedded post's chrome, a comment section's label (session 27)
      /^(?:pour (?:plus d['’]infos?|suivre toute l['’]actualité|ne rien manquer de l['’]actualité)\b.{0,120}\b(?:rendez-vous|suivez|téléchargez|abonnez-vous)\b|voir cette publication sur instagram|une publication partagée par\b|vos réactions$|réagissez$)/iu,
      /^(?:lire aussi|à lire aussi|voir aussi|lire la suite|tous droits réservés|partager|partagez|commentaires?|réagir|soyez le premier à commenter|abonnez-vous|s['’]abonner|suivez-nous|newsletter|publicité|mots-clés|thèmes?:|sujets?:|source:|photo:|crédit:|©|à la une|les plus lus|sur le même sujet|contenus sponsorisés|écouter cet article|article réservé aux abonnés|contact presse|à propos de\s|voyez (?:les|la|notre)|regardez (?:les|la|notre)|découvrez (?:les|la|notre)|retrouvez (?:les|la|notre)|\(images? de notre)/iu,
      // comment forms, share bars and page chrome
      /^(?:votre adresse (?:e-?mail|de messagerie|électronique) ne sera pas publiée|les champs obligatoires sont (?:indiqués|marqués)|laisser (?:un commentaire|une réponse)|annuler la réponse|enregistrer mon nom|(?:prévenez-moi|me notifier|m['’]avertir)|vous devez (?:être connecté|vous connecter)|connectez-vous|se connecter|déjà abonné|ajouter un commentaire|signaler (?:un|ce) (?:contenu|commentaire|abus)|envoyer (?:par (?:e-?mail|courriel)|à un ami)|copier le lien|lien copié|article (?:précédent|suivant)$|publié le\s|mis à jour le\s|modifié le\s|merci (?:de votre|pour votre) lecture|inscrivez-vous|télécharge[rz] (?:l['’]application|notre application)|vos réactions|réagissez|(?:imprimer|accueil|fermer|commenter|nom|e-mail|site web)\s*\*?$)/iu,
      // a teaser for a video or photo page: "VIDÉO - Les images de l'interpellation."
      /^(?:EN )?(?:VID[ÉE]OS?|PHOTOS?|INFOGRAPHIE|EN IMAGES|DIAPORAMA|DIRECT|REPLAY|PODCAST|AUDIO)\s*(?:[-–—:|.]|>>)\s/u,
      /^(?:temps de lecture|lecture\s*:?\s*\d+\s*min|\d+\s*min(?:utes)? de lecture|offrir cet article|ajouter à (?:mes favoris|ma liste|mes articles)|sauvegarder(?: cet article)?$|écouter l['’]article|le direct$|en direct$|la rédaction(?: de| avec| vous conseille)?\b.{0,40}$|par la rédaction|photo d['’]illustration\.?$|\(?archives?\)?$)/iu,
    ],
    sentences: [
      // session 33 : un présentatif qui renvoie à l'entretien ou aux réponses imprimés plus bas (« Voici donc l’interview : »)
      /^(?:Voici|Voilà|Ci-dessous|Lisez ci-dessous)\s(?:donc\s)?(?:(?:l['’]|les\s|la\s|le\s|notre\s|leurs\s|ses\s))?(?:interview|entretien|échange|réponses|questions-réponses)\b[^.!?]{0,80}\s?:$/iu,
      // session 32 : un renvoi au site ou au calendrier ("Toutes les informations sur ce site internet.")
      /^(?:(?:toutes les |plus d['’]|d['’]autres )?informations (?:sont )?(?:sur|disponibles sur) (?:ce|notre|le) site(?: internet| web)?|retrouvez (?:toutes les informations|le programme|les horaires|le calendrier) sur (?:ce|notre|le) site(?: internet| web)?)/iu,
      // session 30 : un renvoi à la liste, la carte ou le détail que la page publie plus bas
      /^(?:Ci-dessous,? (?:vous (?:pouvez|trouverez)|(?:la|le|les) (?:liste|carte|détail|programme))\b|Vous (?:trouverez|pouvez consulter) ci-dessous\b)/u,
      // session 30 : un contrôle d'âge ou un avertissement de contenu sensible au-dessus de l'article
      /^(?:(?:Cet article|Ce contenu|Cette vidéo|Cette page) (?:contient|peut contenir|comporte) (?:des )?(?:contenus?|images|scènes|détails|descriptions)\b.{0,80}\b(?:adultes|mineurs|18|heurter|choquer|sensibles?|violentes?)|(?:Veuillez|Merci de) confirmer que vous avez (?:au moins |plus de )?18 ans\b|(?:Vérification de l['’]âge requise|Contenu sensible)\b)/u,
      // session 30 : « Pour plus d'informations, consultez … » : un renvoi vers un autre site ou une autre page
      /^Pour (?:plus d['’]informations?|en savoir plus)\s?[,:]?\s(?:vous (?:référer|reporter|rendre)|consulte[rz]|rendez-vous|voir|visite[rz]|cliquez|rendez-vous)\b/u,
      // session 30 : une page en direct ou un article mis à jour qui parle de sa propre couverture (en direct, mis à jour, terminé)
      /^(?:Suivez (?:notre|le|ce) (?:direct|live|fil)\b|Suivez (?:la situation|l['’]évolution de la situation|les (?:dernières )?informations) en direct\b|(?:Ce|Notre) (?:direct|live|fil) est (?:désormais |maintenant )?(?:terminé|clos)\b|Nous (?:suivons|suivrons) (?:la situation |l['’]événement |cette journée )?en direct\b|Retrouvez (?:notre|le) (?:direct|live)\b|(?:Cet article|Cette page|Ce direct) (?:sera|est|va être) (?:régulièrement |mise? |mis )?(?:à jour|actualisée?)\b|Merci (?:à tous )?de (?:nous )?l['’]avoir suivi)/u,
      // session 29: the page about its own making: a blog engine's entry footer, which language versions it has, a pointer to
      // its own layout or to a link or another story of its own, a prose credit for the picture on the front page
      /^(?:(?:Cette entrée|Ce billet) a été publiée? dans\b|Vous pouvez (?:le|la) mettre en favoris avec (?:ce|son) permalien|(?:Cet article|Cette page|Ce contenu) n['’]est (?:pas disponible en|disponible qu['’]en) \p{Ll}+|Vous pouvez (?:en )?lire (?:sa|la) version \p{Ll}+|(?:Voir|Voyez|Consultez) ci-dessous\b|(?:Photo|Image) (?:en une|de une|principale)\s*[:–—-]\s*\S|Vous pouvez (?:le |la |les )?(?:consulter|télécharger|retrouver|lire)(?: [\p{L}’' ]{1,40})? (?:sur|via|en suivant) (?:ce|le) lien\b|Nous (?:en )?avions parlé dans (?:un|notre) (?:précédent |autre )?article)/u,
      // session 28: the page speaking to its reader about itself (a paywall, consent or availability notice, a comment quota),
      // a read-more prompt run on after the last sentence, a prompt for the full recording, a promise of a later edition
      /^(?=.*(?:navigateur|cookies?\b|javascript|bloqueur de publicité|\babonn(?:é|és|ée|ées|ement|ements|ez|er)\b|\bconnect(?:ez|er|é|ée)\b|notifications?\b|commentaires? par jour|\b(?:ce|cet|notre) (?:site|article|application)\b|données personnelles))(?=.*\b(?:vous|votre|vos|tu|ton|ta|tes)\b)(?!.*[«"“][^«»"“”]{25,}[»"”])/iu,
      /^(?:lire la suite|la suite de l['’]article|continuer la lecture)\b|^(?:écoutez|regardez|retrouvez) (?:l['’]intégralité|l['’]interview|l['’]entretien|le reportage) (?:complet|de|en|dans)\b|\bplus de détails dans (?:notre|le|la) (?:édition|journal)\b/iu,
      // a correction notice, and an author's bio line (session 26)
      /^(?:rectificatif|erratum|correction|précision|note de la rédaction)\s*:|\bune (?:version précédente|précédente version|première version) de (?:cet article|cette dépêche)\b/iu,
      /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2} est (?:\p{L}+ )?(?:journaliste|rédact(?:eur|rice)|reporter|correspondante?)\b/u,
      // page chrome said in a sentence: cookie notices, an old page, a player the browser cannot show
      /^(?:cet article (?:date de|a été publié il y a) plus d|(?:ce site|nous) utilis(?:e|ons) des cookies|votre navigateur ne (?:supporte|prend|permet))/iu,
      /^(?:(?:voyez|regardez|découvrez|retrouvez) (?:les|la|notre|nos)\b|\((?:images?|photos?|vidéos?) de notre)/iu, /\b(?:notre (?:journalisme|travail|rédaction) (?:est|coûte|dépend)|soutenez(?:-nous| notre)|faites un don|abonnez-vous pour)\b/iu],
    appeals: /^(?:(?:la gendarmerie|la police|les enquêteurs) (?:lance|lancent) un appel|toute personne (?:ayant|disposant))/iu,
    credits: /^(?:traduit (?:par|de)|traduction\s*:?|édité par|avec (?:l['’])?(?:AFP|Reuters|AP)$|rédaction\s*:)/iu,
    support: /^(?:soutenez|abonnez-vous|faites un don|inscrivez-vous)\b|\ble journalisme (?:local )?(?:indépendant )?a un coût\b/iu,
    // a sentence that promises the story instead of telling it: an explainer's teaser, a reporter's hand-off (session 27)
    teasers:
      /^(?:[\p{L}'’-]+\s+){0,4}(?:explique|expliquent|vous dit|vous disent|vous raconte)\s+(?:pourquoi|comment|ce qu|ce que|qui|où|quand|combien|si)\b[^:;]{0,160}$|^On vous (?:explique|dit tout|raconte)\b|^On fait le point\b|^Ce (?:que l['’]on|qu['’]on|qu['’]il faut) (?:sait|savoir)\b|^Voici (?:pourquoi|comment|ce qu)\b|^(?:Le reportage|Reportage|Les explications|Explications|Les précisions) (?:de |d['’])\s?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}\.?$/u,
    // session 31: the words a credit line opens with ("Foto: …", "사진=…"), read by the line rule and the caption-copy rule
    creditWords: ['photo', 'photos', 'crédit', 'crédits', 'crédit photo', 'crédits photo', 'crédit photos', 'crédits photos', 'image', 'images', 'illustration', 'infographie', 'source', 'vidéo'],
    // session 31: the labels of page chrome printed as "label: value" (stamps, author, tags, share, phone, address, "read also"):
    // a field line under one is no claim; under any other label a value with a figure or a clause is content (lines.ts)
    chromeLabels: ['publié', 'publié le', 'mis à jour', 'mis à jour le', 'date', 'auteur', 'autrice', 'par', 'rédaction', 'tags', 'mots-clés', 'mots clés', 'thèmes', 'catégorie', 'catégories', 'rubrique', 'partager', 'imprimer', 'e-mail', 'courriel', 'mail', 'téléphone', 'tél', 'tel', 'fax', 'adresse', 'contact', 'renseignements', 'infos', 'temps de lecture', 'lecture', 'commentaires', 'lire aussi', 'à lire aussi', 'voir aussi', 'les plus lus', 'sur le même sujet', 'articles liés', 'à voir aussi', 'dans la même rubrique', 'les plus populaires', 'à la une', 'date de création', 'date de publication'],
    captionCredit: /(?:\bPhoto\s+\p{Lu}[^./:]{1,40}\/\s*\p{Lu}[^.]{1,60}|\((?:photo|image|AFP|Reuters|AP|archives)[^()]{0,60}\)|(?:\/|\||-)\s*(?:AFP|Reuters|AP|MaxPPP|Getty Images|SIPA|Hans Lucas)(?:\/[^.]{0,40})?|\b(?:Photo|Crédit|Image)\s*:\s*[^.]{1,60}|©\s*[^.©]{1,60}|\b(?:AFP|REUTERS|AP|MAXPPP|SIPA|ABACA|PHOTOPQR)(?:\s+PHOTO)?\s*[-–—/]\s*\p{Lu}[^.]{1,40}|\bphoto d['’]illustration\.?|\((?:archives?|illustration)\))$/iu,
    comments: {
      header: /^(?:\d+\s+)?(?:commentaires?|réactions?)(?:\s*\(\d+\))?:?$|^(?:soyez le premier à (?:commenter|réagir)|laisser un commentaire|(?:voir|afficher|lire) (?:les |tous les )?(?:\d+ )?(?:commentaires|réactions)|les commentaires sont (?:fermés|clos)|réagissez à cet article|vos (?:réactions|commentaires)$|réagissez$)/iu,
      meta: /^(?:répondre|signaler(?: un abus)?|j['’]aime|\d+ (?:j['’]aime|réponses?)|il y a (?:\d+|une?|quelques) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|le \d{1,2}(?:\/\d{1,2}\/\d{2,4}| \p{L}+ \d{4}) à \d{1,2}[h:]\d{2}|@[\w.]{2,30})$/iu,
      greeting: /^(?:bonjour|bonsoir|salut)\b/iu,
    },
  },
  bylines: {
    patterns: [
      /^(?:[Pp]ar|PAR|(?:[Aa]rticle )?[Rr]édigé par|[Pp]ropos recueillis par|[Tt]exte\s?:|[Rr]eportage\s?:|[Uu]n reportage de)\s*:?\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|et|&|de|du|le|la)){0,6})\s*(?:[|/,–—-].{0,60})?$/u,
      /^((?:\p{Lu}\.){1,3}(?:\p{Lu}\.)?\s*(?:et|,|&)\s*(?:\p{Lu}\.){1,3})\s*(?:\(.*\))?$/u,
      // a reporter's initials with the agency the copy comes from: "J.D. (avec AFP)", "A.-F. L. avec AFP", "J.D., avec Reuters"
      /^((?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,3}?)\s*[(,]?\s*(?:avec|et)\s+(?:l['’])?(?:AFP|AP|Reuters|agences?)\s*\)?$/u,
      // "De notre correspondante à Lyon, Jeanne Dupont", "De notre envoyé spécial Jean Dupont", "Auteur : Jean Dupont"
      // the name, then the role: "Jeanne Dupont, correspondante à Lyon", "Jean Dupont | journaliste"
      /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|von|van|de|du|le|la)){1,3})\s*[,|/–—-]\s*(?:correspondante?|journaliste|envoyée? spéciale?|rédact(?:eur|rice))(?:\s.{0,40})?$/u,
      /^(?:[Dd]e (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)(?:\s+(?:à|au|en|aux)\s+[\p{L}'’ -]{2,30}?)?,?|[Aa]uteure?\s?:)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|du|le|la)){1,3})$/u,
    ],
    // common given names: a name alone above the headline or run on after the last sentence signs the page when it opens with one
    givenNames: [
      'jean', 'pierre', 'michel', 'philippe', 'alain', 'nicolas', 'françois', 'francois', 'patrick', 'christophe',
      'laurent', 'éric', 'eric', 'frédéric', 'frederic', 'stéphane', 'stephane', 'olivier', 'julien', 'thomas',
      'antoine', 'sébastien', 'sebastien', 'vincent', 'guillaume', 'pascal', 'benoît', 'benoit', 'jacques',
      'bernard', 'daniel', 'paul', 'louis', 'hugo', 'lucas', 'maxime', 'romain', 'mathieu', 'matthieu', 'damien',
      'cédric', 'cedric', 'marc', 'yves', 'claude', 'gilles', 'denis', 'thierry', 'bruno', 'didier', 'fabrice',
      'marie', 'nathalie', 'isabelle', 'sylvie', 'catherine', 'françoise', 'francoise', 'christine', 'valérie',
      'valerie', 'sandrine', 'sophie', 'céline', 'celine', 'julie', 'aurélie', 'aurelie', 'caroline', 'émilie',
      'emilie', 'claire', 'anne', 'camille', 'laure', 'hélène', 'helene', 'élise', 'elise', 'pauline', 'charlotte',
      'léa', 'lea', 'chloé', 'chloe', 'manon', 'juliette', 'mathilde', 'marion', 'audrey', 'virginie', 'delphine',
      'agnès', 'agnes', 'martine', 'monique', 'brigitte', 'florence', 'corinne', 'véronique', 'veronique',
      'coralie', 'jeanne', 'lucie', 'margaux', 'clémence', 'clemence',
    ],
    // the nouns newspapers and stations are named with: "Outlet | Name  date" names the person after the outlet
    // session 30: nouns places and institutions are named with; a caption of two or three capitalised words opening with one
    // ("Biblioteca Vilalba", "Rathaus Lindental") names a place, not the author (from the language's common nouns, not a page)
    placeWords: ['bibliothèque', 'médiathèque', 'mairie', 'église', 'école', 'collège', 'lycée', 'musée', 'parc', 'marché', 'gare', 'salle', 'château', 'cathédrale', 'stade', 'piscine', 'hôpital'],
    // session 31 (bylines10): the agencies the press prints as the author, and an agency's noun (general knowledge, not a page)
    agencies: ['AFP', 'Reuters', 'AP', 'Belga', 'ATS', 'Keystone-ATS', 'APS', 'MAP', 'ANP', 'Xinhua'],
    agencyWords: ['agence'],
    // session 32 (bylines11): the picture agencies and credit nouns a bracketed credit names (boilerplate.ts PHOTO_AGENCY,
    // moved here as it was, case as printed), and the words a name line never opens with (author-lines.ts FUNCTION_WORD)
    creditAgencies: ['AFP', 'ATS', 'Maxppp', 'MAXPPP', 'Sipa', 'SIPA', 'Belga', 'ANP', 'RTS'],
    creditNouns: ['photo', 'Photo', 'archive', 'archives', 'Archive', 'Archives', 'illustration'],
    functionWords: ['le', 'la', 'les', 'un', 'une', 'de', 'du', 'des', 'en'],
    // session 32 (bylines11): the labels a writer's credit opens with, lowercase, from each press's usage (general
    // knowledge, not a page): the label alone on its line over the name ("Text und Bilder:" / "Merle Radtke"), or run in
    // before it on the line closing the text ("Artikel von Isabel Meyer", "Fotos: X / Nota: Y")
    writerLabels: ['texte', 'textes', 'texte et photos', 'texte et photo', 'auteur', 'autrice', 'rédigé par', 'article rédigé par', 'écrit par', 'rédaction', 'texte/photos', 'texte/photo', 'photos et texte', 'photo et texte'],
    // session 34 (bylines13): the word "author" as a label, the desk's own name as a credit, the words that end a credit's value
    authorWords: ['auteur', 'autrice'],
    deskNames: ['rédaction'],
    creditEndWords: ['photo', 'photos'],
    // session 35: what may follow the outlet's name in the author slot (author-lines.ts outletInSlot)
    slotWords: { published: ['Publié', 'Mis à jour'], afterPublished: ['le'], time: ['à'], readingTime: ['Temps de lecture'] },
    // session 33 (bylines12): a CMS's "more by" box, a forum post's heading around the poster's user name, a template's
    // unfilled author field (general knowledge, not a page)
    moreBy: { before: ['autres articles de', 'tous les articles de', "plus d'articles de", 'plus d’articles de', 'du même auteur', 'articles de'] },
    posterLabels: { before: ['posté par', 'publié par', 'envoyé par'], after: ['a écrit', 'écrit'] },
    placeholders: ["nom de l'auteur", 'nom de l’auteur', 'auteur'],
    avatarLabels: ['Photo du rédacteur', "Photo de l'auteur", 'Photo de l’auteur'],
    pressOffices: ['service communication', 'service de presse', 'service presse', 'service de communication'],
    outletWords: /(?<![\p{L}])(?:[Cc]ourrier|[Jj]ournal|[Gg]azette|[Dd]épêche|[Rr]épublicain|[Pp]rogrès|[Tt]élégramme|[Éé]cho|[Ii]ndépendant|[Mm]essager|[Nn]ouvelliste|[Qq]uotidien|[Hh]ebdo|[Rr]adio|[Tt]élé|[Ii]nfos?)(?![\p{L}])/u,
  },
  // month and weekday names as pages print them in date lines and stamps (dates.ts, stamps.ts, abbreviations.ts and
  // author-lines.ts read them through extract/date-words.ts); the full name first, then other spellings and abbreviations
  dates: {
    months: [
      ['janvier', 'janv'], ['février', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août'],
      ['septembre', 'sept'], ['octobre'], ['novembre'], ['décembre', 'déc'],
    ],
    weekdays: [['lundi', 'lun'], ['mardi'], ['mercredi', 'mer'], ['jeudi', 'jeu'], ['vendredi', 'ven'], ['samedi', 'sam'], ['dimanche', 'dim']],
    // (session 34) around a date in a stamp, besides the chrome labels (title-chrome.ts)
    stampWords: ['heures', 'heure', 'mis', 'jour', 'modifié', 'actualisé'],
  },
  // the words sourcing.ts finds people and bodies by (moved from the engine in session 31, unchanged)
  names: {
    bodyHeads: /Minist[eè]re|Agence|Institut\p{L}*|Service|Direction|[Cc]entre hospitalier|Hôpital|Polic\p{L}*|Gendarmerie|Météo[- ]France|Mairie|Préfecture|Gouvernement|Conseil|Tribunal|Parquet|[Cc]lub|[Ss]ociété|[Aa]ssociation/u,
    bodyNouns: /^(?:la|l['’]|le)\s*(?:organisme|établissement|institution|entité|agence|institut|organisation)$/iu,
    // (session 35, src14) …le syndicat, l'entreprise, la société, la clinique
    privateBodyNouns: /^(?:la|l['’]|le)\s*(?:club|association|syndicat|entreprise|société|clinique)$/iu,
    initialsSkip: /^(?:de|des|du|le|la|les|et|d['’]\p{L}*|l['’]\p{L}*)$/iu,
    ageNouns: /^(?:le|la)\s(?:jeune homme|jeune femme|homme|femme|garçon|fille)\s(?:âgée?\s)?de\s(\d{1,3})\sans$/iu,
    ageInBrackets: /ans/u,
    ageAfterCommaBefore: /âgée?\s+de\s/u,
    ageAfterComma: /ans/u,
    openers: /^(?:Selon|Pour|Dans|Avec|Sur|Après|Avant)$/u,
    // (session 32: moved from sourcing.ts, unchanged)
    weakRoles: /habitants?|témoins?|riverains?/u,
    notNames: /^(?:Le|La|Les|Un|Une)$/u,
    nameConnectors: /de la|de|du|la|des/u,
  },
  // check-worthiness's signals (session 32: moved from extract/checkworthiness.ts, unchanged)
  checkworthiness: {
    numberWords: ['deux', 'trois', 'cinq', 'dix', 'cent', 'mille', 'millions?'],
    dateWords: ['janvier', 'mars', 'avril', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'février', 'août', 'décembre'],
    factualVerbs: ['blessés?', 'tués?', 'arrêtés?', 'augmenté', 'baissé'],
    opinionWords: ['devrait', 'honteux'],
  },
  suspects: {
    accused: /(?<![\p{L}])(?:suspecte?s?|mise?s? en cause|interpellée?s?|gardée?s? à vue|mise?s? en examen|(?:auteur|meurtrier|incendiaire|agresseur)s? présumée?s?|présumée?s? (?:auteur|meurtrier|incendiaire|agresseur)s?)(?![\p{L}])/iu,
    questioning: /(?<![\p{L}])(?:en garde à vue|(?:lors|au cours) de (?:son|sa|leur) (?:audition|garde à vue|interrogatoire)|pendant (?:son|sa|leur) (?:audition|garde à vue|interrogatoire)|(?:aux|devant les) (?:enquêteurs|policiers|gendarmes)|à la police|devant (?:le|la) juge)(?![\p{L}])/iu,
    admits: /(?<![\p{L}])(?:(?:a|ont|avait|avaient) (?:(?:\p{L}+ment|aussi|déjà|finalement|en partie) )?(?:reconnu|avoué|nié|contesté|admis)|reconnaît|reconnaissent|avoue|avouent|nie|nient|conteste|contestent|admet|admettent)(?![\p{L}])/iu,
    says: /(?<![\p{L}])(?:(?:a|ont|avait|avaient) (?:\p{L}+ )?(?:déclaré|expliqué|affirmé|dit|indiqué|raconté|justifié|prétendu|assuré)|explique|affirme|assure|dit|prétend)(?![\p{L}])/iu,
  },
  // (session 34) page chrome in the headline's place (title-chrome.ts): skip links, the site's interface words
  pageChrome: {
    skipLinks: /(?:aller au (?:contenu|menu)(?: principal)?|passer au contenu(?: principal)?|accéder au contenu|aller à la navigation)(?![\p{L}])/u,
    interfaceWords: ['menu', 'navigation', 'rechercher', 'recherche', 'partager', 'imprimer', 'abonner', 'abonnez', 'abonnement', 'connexion', 'connecter', 'déconnexion', 'inscription', 'newsletter', 'logo', 'publicité', 'bannière', 'suivre', 'blog', 'créer', 'éditer', 'administration', 'sommaire', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'instagram', 'youtube', 'commenter', 'commentaires'],
  },
}
