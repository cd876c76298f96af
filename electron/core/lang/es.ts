// Spanish: "según", "de acuerdo con", and hedges "al parecer", "presuntamente", the
// conditional of report ("habrían muerto").
import type { LanguagePack } from './types'

export const es: LanguagePack = {
  code: 'es',
  name: 'Español',
  numbers: {
    values: {
      cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
      once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
      veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23, veinticuatro: 24, veinticinco: 25,
      veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
      treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
      cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
      quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800,
      novecientos: 900, novecientas: 900,
    },
    smallScales: {},
    largeScales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, billón: 1e12 },
    approximate: { docena: 12, decenas: 20, centenares: 200, cientos: 200, miles: 2000, varios: 3, varias: 3 },
    joiners: ['y'],
    decimal: ',',
    bounds: {
      'al menos': 'at-least', 'por lo menos': 'at-least', 'como mínimo': 'at-least', 'hasta': 'at-most', 'como máximo': 'at-most',
      'más de': 'more-than', 'menos de': 'less-than', 'unos': 'about', 'unas': 'about', 'alrededor de': 'about', 'cerca de': 'about',
      'casi': 'about', 'aproximadamente': 'about', 'en torno a': 'about',
    },
  },
  attribution: {
    before: /\b(?:según (?:informaron|informó|indicaron|indicó|explicaron|explicó|señalaron|señaló|detallaron|detalló|precisó|confirmaron|confirmó|dijeron|dijo|relató|contó|añadió|apuntó|aseguró|afirmó|declaró|manifestó|comunicaron|comunicó)|según(?! (?:el|la|los|las|sus?) (?:necesidades?|caso|casos|circunstancias?|disponibilidad|temporada|horarios?|edad|gustos?|capacidad(?:es)?|situación)\b)|(?:de acuerdo (?:con|a)|conforme a)(?! (?:el|la|los|las|sus?) (?:necesidades?|demandas?|caso|casos|circunstancias?|disponibilidad|temporada|horarios?|edad|capacidad(?:es)?|situación|normativa|reglamento|protocolo|ley)\b)|citando a|a decir del?|en palabras del?|como informó|como indicó|como señaló|como explicó|informó|informaron|[Dd]esde(?= (?:el|la|los|las) (?!(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|pasado|año|mes|día|inicio|principio|comienzo|momento|primer|fin|final)\b)(?:[^\s,.;:]+ ){1,6}?(?:aseguran|informan|indican|explican|señalan|afirman|apuntan|precisan|detallan|confirman|añaden|agregan|recuerdan|subrayan|insisten|advierten|comentan|sostienen|aclaran|destacan|matizan|desmienten|aseguraron|informaron|indicaron|explicaron|señalaron|afirmaron|apuntaron|precisaron|detallaron|confirmaron|añadieron|agregaron|recordaron|subrayaron|insistieron|advirtieron|comentaron|sostuvieron|aclararon|reconocieron|lamentaron|criticaron|destacaron|matizaron|desmintieron|negaron) (?:de )?que\b))\s+/iu,
    // session 30 (speakers9, lead decision "a verb of saying is a cue by its grammar"): the verbs of saying and reporting of the
    // Spanish reference grammar (RAE-ASALE, Nueva gramática §43.8, verbos de lengua / introductorios del discurso referido: decir,
    // afirmar, asegurar, declarar, manifestar, explicar, señalar, indicar, informar, anunciar, añadir, agregar, apuntar, precisar,
    // puntualizar, detallar, aclarar, matizar, subrayar, destacar, recalcar, reiterar, recordar, advertir, alertar, avisar,
    // sostener, mantener, defender, argumentar, alegar, aducir, reconocer, admitir, confesar, negar, rechazar, denunciar,
    // criticar, lamentar, responder, contestar, replicar, objetar, comentar, opinar, considerar, estimar, valorar, relatar,
    // narrar, contar, describir, revelar, confirmar, concluir, sentenciar, sugerir, insinuar, plantear, mencionar …), in the
    // third person of the present, preterite, imperfect and perfect; a form counts only in a frame of reported speech: before
    // its "que" clause ("Los vecinos denuncian que", "insisten en que", "respondió a la asociación que"), before a colon, or as
    // an incise after a comma with its subject after it (", apostilla el alcalde"). "denunció el robo", "negó los hechos",
    // "declaró ante la fiscala", "cuenta con dos plantas" take no clause and stay what they were; after a determiner the form is
    // the noun ("presentaron la denuncia que …", "la alerta que"); support-verb constructions with a noun of communication
    // ("hace alusión a", "dio a conocer", "emitió hoy un alerta"), as "hace hincapié"; after "quien(es)" or "el cual" it opens a relative clause on an
    // object of the main clause ("… por parte de las autoridades, quienes reconocen que …": the main clause is the writer's).
    // "apunta" is left out: "todo apunta a que …" (the evidence points to) is an inference, not a report.
    verbs:
      /\b(?:(?:(?:a(?:d(?:v(?:i(?:rti(?:eron|ó)|erte(?:n)?)|ertía(?:n)?)|u(?:c(?:ía(?:n)?|e(?:n)?)|j(?:eron|o))|mit(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|elant(?:a(?:ba(?:n)?|ron|n)?|ó))|se(?:gur(?:a(?:ba(?:n)?|ron|n)?|ó)|ver(?:a(?:ba(?:n)?|ron|n)?|ó))|p(?:ostill(?:a(?:ba(?:n)?|ron|n)?|ó)|unt(?:a(?:ba(?:n)?|ron)|ó))|le(?:rt(?:a(?:ba(?:n)?|ron|n)?|ó)|g(?:a(?:ba(?:n)?|ron|n)?|ó))|tribu(?:y(?:e(?:ron|n)?|ó)|ía(?:n)?)|ñad(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|rgument(?:a(?:ba(?:n)?|ron|n)?|ó)|nunci(?:a(?:ba(?:n)?|ron|n)?|ó)|clar(?:a(?:ba(?:n)?|ron|n)?|ó)|firm(?:a(?:ba(?:n)?|ron|n)?|ó)|greg(?:a(?:ba(?:n)?|ron|n)?|ó)|vis(?:a(?:ba(?:n)?|ron|n)?|ó))|r(?:e(?:c(?:o(?:noc(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|rd(?:a(?:ba(?:n)?|ron)|ó))|alc(?:a(?:ba(?:n)?|ron|n)?|ó)|haz(?:a(?:ba(?:n)?|ron|n)?|ó)|uerda(?:n)?)|s(?:pond(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|um(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?))|p(?:roch(?:a(?:ba(?:n)?|ron|n)?|ó)|lic(?:a(?:ba(?:n)?|ron|n)?|ó))|f(?:i(?:ri(?:eron|ó)|ere(?:n)?)|ería(?:n)?)|iter(?:a(?:ba(?:n)?|ron|n)?|ó)|marc(?:a(?:ba(?:n)?|ron|n)?|ó)|lat(?:a(?:ba(?:n)?|ron|n)?|ó)|vel(?:a(?:ba(?:n)?|ron|n)?|ó))|atific(?:a(?:ba(?:n)?|ron|n)?|ó))|c(?:o(?:n(?:f(?:i(?:rm(?:a(?:ba(?:n)?|ron|n)?|ó)|esa(?:n)?)|es(?:a(?:ba(?:n)?|ron)|ó))|c(?:lu(?:y(?:e(?:ron|n)?|ó)|ía(?:n)?)|ret(?:a(?:ba(?:n)?|ron|n)?|ó))|t(?:est(?:a(?:ba(?:n)?|ron|n)?|ó)|a(?:ba(?:n)?|ron)|ó)|sider(?:a(?:ba(?:n)?|ron|n)?|ó))|m(?:unic(?:a(?:ba(?:n)?|ron|n)?|ó)|ent(?:a(?:ba(?:n)?|ron|n)?|ó)))|ue(?:stion(?:a(?:ba(?:n)?|ron|n)?|ó)|nta(?:n)?)|ritic(?:a(?:ba(?:n)?|ron|n)?|ó))|d(?:e(?:s(?:crib(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|tac(?:a(?:ba(?:n)?|ron|n)?|ó)|vel(?:a(?:ba(?:n)?|ron|n)?|ó))|f(?:end(?:i(?:eron|ó)|ía(?:n)?)|iende(?:n)?)|c(?:lar(?:a(?:ba(?:n)?|ron|n)?|ó)|ía(?:n)?)|nunci(?:a(?:ba(?:n)?|ron|n)?|ó)|tall(?:a(?:ba(?:n)?|ron|n)?|ó))|i(?:j(?:eron|o)|ce(?:n)?))|e(?:xp(?:lic(?:it(?:a(?:ba(?:n)?|ron|n)?|ó)|a(?:ba(?:n)?|ron|n)?|ó)|res(?:a(?:ba(?:n)?|ron|n)?|ó)|on(?:ía(?:n)?|e(?:n)?)|us(?:ieron|o))|s(?:pecific(?:a(?:ba(?:n)?|ron|n)?|ó)|tim(?:a(?:ba(?:n)?|ron|n)?|ó))|nfatiz(?:a(?:ba(?:n)?|ron|n)?|ó))|s(?:u(?:g(?:i(?:ri(?:eron|ó)|ere(?:n)?)|ería(?:n)?)|bray(?:a(?:ba(?:n)?|ron|n)?|ó))|e(?:ntenci(?:a(?:ba(?:n)?|ron|n)?|ó)|ñal(?:a(?:ba(?:n)?|ron|n)?|ó))|ost(?:uv(?:ieron|o)|enía(?:n)?|iene(?:n)?))|i(?:n(?:si(?:st(?:i(?:eron|ó)|ía(?:n)?|e(?:n)?)|nu(?:a(?:ba(?:n)?|ron|n)?|ó))|form(?:a(?:ba(?:n)?|ron|n)?|ó)|dic(?:a(?:ba(?:n)?|ron|n)?|ó))|roniz(?:a(?:ba(?:n)?|ron|n)?|ó))|m(?:a(?:n(?:if(?:est(?:a(?:ba(?:n)?|ron)|ó)|iesta(?:n)?)|t(?:uv(?:ieron|o)|enía(?:n)?|iene(?:n)?))|tiz(?:a(?:ba(?:n)?|ron|n)?|ó))|encion(?:a(?:ba(?:n)?|ron|n)?|ó))|n(?:otific(?:a(?:ba(?:n)?|ron|n)?|ó)|arr(?:a(?:ba(?:n)?|ron|n)?|ó)|eg(?:a(?:ba(?:n)?|ron)|ó)|iega(?:n)?)|p(?:untualiz(?:a(?:ba(?:n)?|ron|n)?|ó)|lante(?:a(?:ba(?:n)?|ron|n)?|ó)|recis(?:a(?:ba(?:n)?|ron|n)?|ó))|o(?:bjet(?:a(?:ba(?:n)?|ron|n)?|ó)|pin(?:a(?:ba(?:n)?|ron|n)?|ó))|testimoni(?:a(?:ba(?:n)?|ron|n)?|ó)|garantiz(?:a(?:ba(?:n)?|ron|n)?|ó)|lament(?:a(?:ba(?:n)?|ron|n)?|ó)|valor(?:a(?:ba(?:n)?|ron|n)?|ó)|zanj(?:a(?:ba(?:n)?|ron|n)?|ó)))(?<!\b(?:la|una|esta|esa|aquella|su|sus|cuya|otra|nueva|primera|segunda|misma|dicha|las|unas|estas|esas|otras|nuevas|primeras|mismas|dichas|quien|quienes|cual|cuales) \p{L}+)(?:(?=\s*:|\s+(?:(?:de|en|a|al|ante|con|sobre) (?:[\p{L}\d]+ ){0,4}?)?(?:que|qu['’])\b)|(?<=,\s{0,3}\p{L}+)(?=\s+(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|dicho|dicha|fuentes)\b))|(?:ha|han|había|habían) (?:(?:a(?:d(?:elantado|vertido|mitido|ucido)|p(?:ostillado|untado)|se(?:gurado|verado)|le(?:rtado|gado)|rgumentado|nunciado|tribuido|clarado|firmado|gregado|visado|ñadido)|r(?:e(?:c(?:o(?:nocido|rdado)|alcado|hazado)|p(?:rochado|licado)|s(?:pondido|umido)|iterado|marcado|ferido|latado|velado)|atificado)|c(?:o(?:n(?:c(?:retado|luido)|f(?:irmado|esado)|t(?:estado|ado)|siderado)|m(?:unicado|entado))|uestionado|riticado)|e(?:xp(?:lic(?:itado|ado)|resado|uesto)|s(?:pecificado|timado)|nfatizado)|d(?:e(?:s(?:tacado|velado|crito)|nunciado|clarado|fendido|tallado)|icho)|s(?:e(?:ntenciado|ñalado)|u(?:brayado|gerido)|ostenido)|i(?:n(?:si(?:nuado|stido)|formado|dicado)|ronizado)|m(?:a(?:n(?:ifestado|tenido)|tizado)|encionado)|p(?:untualizado|lanteado|recisado)|n(?:otificado|arrado|egado)|o(?:bjetado|pinado)|testimoniado|garantizado|lamentado|valorado|zanjado))(?=\s*:|\s+(?:(?:de|en|a|al|ante|con|sobre) (?:[\p{L}\d]+ ){0,4}?)?(?:que|qu['’])\b)|(?:hace|hacen|hizo|hicieron|hacía|hacían|(?:ha|han) hecho) (?:alusión|referencia|mención)(?= a\b)|(?:da|dan|dio|dieron|(?:ha|han) dado) a conocer|(?:hace|hacen|hizo|hicieron|(?:ha|han|había|habían) hecho) saber|(?:pone|ponen|puso|pusieron|ponía|ponían|(?:ha|han|había|habían) puesto) (?:de manifiesto|de relieve|en valor)(?=\s*[:“«"])|(?:deja|dejan|dejó|dejaron|dejaba|dejaban|(?:ha|han|había|habían) dejado) (?:(?:bien|muy|muy bien) )?(?:claro|constancia)(?=\s*(?:[:“«"]|(?:de )?que\b))|(?:hace|hacen|hizo|hicieron|(?:ha|han|había|habían) hecho) constar(?=\s*(?:[:“«"]|que\b))|(?:emite|emiten|emitió|emitieron|(?:ha|han) emitido) (?:(?:hoy|ayer|este \p{L}+) )?(?:un|una) (?:comunicado|nota|alerta|aviso|advertencia|informe|parte|boletín)\b|(?<=,\s{0,3})(?:aseguran|informan|indican|explican|señalan|afirman|apuntan|precisan|detallan|confirman|añaden|agregan|recuerdan|subrayan|insisten|advierten|comentan|sostienen|aclaran|destacan|matizan|desmienten)|(?:aseguran|informan|indican|explican|señalan|afirman|apuntan|precisan|detallan|confirman|añaden|agregan|recuerdan|subrayan|insisten|advierten|comentan|sostienen|aclaran|destacan|matizan|desmienten)(?=\s+(?:de\s+)?que\b)|dijo|dijeron|alertó|alertaron|dice|dicen|afirmó|afirmaron|afirma|aseguró|aseguraron|asegura|declaró|declararon|explicó|explicaron|explica|señaló|señalaron|señala|indicó|indicaron|indica|informó|informaron|informa|añadió|añadieron|agregó|agregaron|confirmó|confirmaron|anunció|anunciaron|advirtió|advirtieron|sostuvo|sostuvieron|detalló|detallaron|precisó|precisaron|comentó|comentaron|relató|relataron|contó|contaron|manifestó|manifestaron|expresó|expresaron|destacó|destacaron|subrayó|reconoció|denunció|denunciaron|aseveró|estipuló|cuestionó|cuestionaron|criticó|criticaron|lamentó|lamentaron|reclamó|reclamaron|insistió|insistieron|aclaró|aclararon|mencionó|mencionaron|recalcó|enfatizó|puntualizó|refirió|acusó|acusaron|alegó|alegaron|apuntó|apuntaron|recordó|recordaron|admitió|negó|negaron|reveló|revelaron|publicó|publicaron|(?:ha|han|había|habían) (?:dicho|afirmado|declarado|explicado|señalado|indicado|informado|confirmado|asegurado|destacado|advertido|reportado|denunciado|anunciado|precisado|reconocido|expresado|comentado|relatado|manifestado|detallado|añadido|agregado|subrayado|sostenido|aclarado|recordado|admitido|negado|revelado|comunicado|insistido|lamentado|puntualizado|matizado|reiterado|especificado|remarcado|enfatizado|recalcado|mencionado|narrado|descrito|argumentado|alegado|ratificado|corroborado)|precisa|precisan|anuncia|anuncian|resume|resumió|remarcó|remarcaron|desmintió|desmintieron|desmiente|desmienten|reiteró|reiteraron|especificó|especificaron|remarcó|narró|narraron|describió|describieron|argumentó|argumentaron|arguye|arguyen|argüía|argumenta|argumentan|comenta|comentan|subraya|recalca|sostiene|relata|advierte|lamenta|insiste|aclara|puntualiza|enfatiza|(?:hace|hizo|hacía) (?:mucho |especial )?hincapié|mostró|muestra|muestran|mostraron|evidenció|desveló|desvelaron|comunicó|comunicaron|notificó|ratificó|corroboró|matizó|concretó|(?:inform|explic|señal|indic|asegur|relat|cont|confirm|detall|precis|apunt|coment|manifest|afirm|destac|declar|advert)(?:aba|aban)|(?:ha|han|había|habían) hecho (?:mucho |especial )?hincapié|adelantó|adelanta|adelantaron|adelantan|recog(?:e|en|ió|ieron)(?= (?:el|la|un|una|los|las) (?:comunicado|nota|escrito|informe|texto|documento|auto|sentencia|resolución|acta|boletín|parte)s?\b))\b/giu,
    speakerLead: /^(?:como|según|que)\s+/iu,
    // "La Aemet prevé que …": a forecast is a statement only from an office (session 28)
    // (session 33, closings1) and the support-verb constructions of stating (RAE-ASALE §1.10 verbos de apoyo: "poner de manifiesto / de
    // relieve / en valor", "dar cuenta de", "dejar constancia de"): with a clause, a colon or a quote they are verbs of saying (the
    // verbs above, any subject; "poner de manifiesto" only before the quoted words, as "El informe pone de manifiesto que" is
    // evidence, not speech); with a clause or a noun object they state for an office only ("La Policía Local ha dado cuenta de tres
    // detenciones"), as "El accidente ha puesto de manifiesto la falta de medios" reports nothing
    // (session 34) and the office's belief or the version it holds ("La Guardia Civil considera el crimen …", "los investigadores
    // creen que …", "la Policía baraja la hipótesis …": README s33 lead decisions 3-4, the office's view, a hedge), and its refusal to
    // disclose ("La Policía no ha facilitado la identidad …", "La Guardia Civil no ha precisado …": README s33)
    officeVerbs: /\b(?:cree|creen|creía|creían|sospecha|sospechan|considera|consideran|baraja|barajan|presume|presumen|(?<=no (?:ha|han|había|habían) )(?:confirmado|precisado|revelado|facilitado|trascendido|detallado|identificado)|prevé|prevén|preveía|preveían|pronostica|pronostican|pronosticó|pronosticaron|(?:pone|ponen|puso|pusieron|(?:ha|han|había|habían) puesto) (?:de manifiesto|de relieve|en valor)|(?:da|dan|dio|dieron|(?:ha|han|había|habían) dado) cuenta de|(?:deja|dejan|dejó|dejaron|(?:ha|han|había|habían) dejado) constancia de)\b/giu,
    proDrop: true,
    // (session 34) the sujeto tácito (RAE-ASALE, Nueva gramática §33.3): a span of nothing but these closed-class words is no subject
    // (connectors and linking adverbs, time adverbials and the nouns of time they take, clitics, prepositions, articles and
    // demonstratives, the complementiser and relatives): "Sin embargo aclaró que", "Han añadido también", "Esta mañana ha confirmado"
    nonSubjectWords: /que|y|e|o|u|ni|pero|aunque|pues|porque|como|cuando|donde|quien|quienes|cual|lo|la|le|los|las|les|se|me|nos|te|el|un|una|su|sus|esta|este|estos|estas|esa|ese|esos|esas|aquel|aquella|esto|eso|ello|a|al|de|del|en|por|para|con|sin|sobre|tras|hasta|desde|según|embargo|obstante|además|asimismo|también|tampoco|luego|después|entonces|así|ya|mientras|incluso|igualmente|finalmente|posteriormente|nuevamente|recientemente|igual|modo|forma|manera|respecto|parte|mismo|misma|más|muy|no|sí|hoy|ayer|anoche|ahora|momento|mañana|tarde|noche|día|días|semana|semanas|mes|meses|año|próximo|próximos|próxima|próximas|último|últimos|última|últimas|pasado|pasada|lunes|martes|miércoles|jueves|viernes|sábado|domingo/u,
    // "trascendió que", "se supo que": reported, nobody named (README: anon, as "wie es hieß"; no hedge of its own)
    // "tal y como se informó", "según se indicó": the impersonal report of a statement, with nobody named
    speakerless: /\b(?:(?:[Tt]rascendió|[Ss]e supo|[Ss]e pudo saber) que|(?:tal y como|tal como|como|según) se (?:informó|indicó|explicó|señaló|detalló|precisó|confirmó|comunicó|dijo|(?:ha|había) (?:informado|indicado|explicado|señalado|detallado|precisado|confirmado|comunicado|dicho)))(?![\p{L}])/u,
    // "denunció el robo", "alertaron a la policía", "contó con", "le apuntó con un arma": actions, not reports
    actionFrames: /^(?:denunci\p{L}+\s+(?:ante\s+\p{L}+\s+(?:\p{L}+\s+)?)?(?:el|la|los|las|un|una|su)\s+(?:robo|hurto|asalto|hechos?|desaparición|sustracción|agresión|incidente|caso|ataque|suceso|extravío|pérdida|violación|abuso)|alert\p{L}+\s+(?:a|al)\s|cont(?:ó|aron|aba|aban)\s+con\s|apunt\p{L}+\s+(?:con|a(?!\s+que\s)|al|hacia)\s)/iu,
    // the speech act of a party is the event: a suspect who confesses or denies, a demand
    partyNouns: /\b(?:el|la|un|una) (?:(?:presunt[oa]|joven|supuest[oa]) )?(?:sospechos[oa]|detenid[oa]|acusad[oa]|imputad[oa]|conductor[a]?|víctima|hombre|mujer|joven|menor|inquilin[oa]|propietari[oa]|reclus[oa]|agresor[a]?|ladr[oó]n[a]?)\b/iu,
    partyVerbs: /^(?:confes(?:ó|aron)|admiti(?:ó|eron)|neg(?:ó|aron)|niegan?|exigi(?:ó|eron)|exigen?|reclam(?:ó|aron)|reclaman?|(?:ha|han|había|habían) (?:admitido|negado|confesado|exigido|reclamado))(?![\p{L}])/iu,
    pronouns: { singular: ['él', 'ella'], plural: ['ellos', 'ellas'] },
    // the outlet's own reporter or its own research (moved from sourcing.ts's OWN_REPORTER, session 34 review, output-identical)
    ownReporter: /\b(?:nuestr[oa] (?:reporter[oa]?|corresponsal|enviad[oa])|nuestr[oa]s (?:averiguaciones|investigaciones|cálculos|comprobaciones|pesquisas))\b/iu,
    // (session 31, ruko4) carry.ts's words, moved here output-identical (types.ts, the fields after `pronouns`)
    recapCues: /antes|anteriormente/iu,
    // (session 33) and the inquiry's findings without "primeras" ("Según las investigaciones", "Las pesquisas han apuntado que"), its first
    // hypotheses and conclusions
    provisionalFindings: /(?:las |los |la |el )?primer(?:as?|os?) (?:investigaciones|pesquisas|informaciones|indagaciones|indicios|datos|hipótesis|conclusiones|averiguaciones|diligencias)(?: de la investigación)?|(?:la )?información preliminar|(?:los )?datos preliminares|(?:las )?(?:investigaciones|pesquisas|averiguaciones)(?: (?:realizadas|practicadas|policiales))?/iu,
    // (session 34, ruko7; lead ruling 6) an official examination's finding: "La autopsia reveló", "según la autopsia", "el informe
    // forense determinó"
    examinationFinding: /(?<![\p{L}])(?:(?:[Ll]a autopsia|[Ee]l (?:informe|examen) forense)(?: \p{L}+){0,3} (?:reveló|ha revelado|confirmó|ha confirmado|determinó|ha determinado|demostró|ha demostrado|constató|ha constatado|apunta|señala|indica)|(?:[Ss]egún|[Dd]e acuerdo con) (?:los resultados de )?(?:la autopsia|el informe forense))(?![\p{L}])/u,
    toldTheInquiry: /(?:dijo|dijeron|declaró|declararon|explicó|explicaron|aseguró|aseguraron|manifestó|relató) (?:a los agentes|a la policía|a los investigadores|a la Guardia Civil|a los policías)/iu,
    firstPersonSubject: /yo/u,
    firstPerson: /yo|nosotros|nosotras|me|mi/iu,
    speakerHeading: /^(?:la |las )?(?:reacción|reacciones|palabras|valoración|opinión) (?:de |del )/iu,
    // (session 35, src14) unnamed members of an employer (sourcing.ts classifySpeaker: `anon` when the employer is a private body)
    membersOf: /^(?:(?:un|una|unos|unas|los|las|el|la)\s+)?(?:responsables?|miembros?|trabajador(?:es|as?)?|emplead[oa]s?|representantes?|dirigentes?)\s+(?:de la|de|del)\s+(.{2,80})$/iu,
    negation: /no|nunca|jamás|ni/iu,
    writerSumsUp: /en cualquier caso|en todo caso|de todos modos|de todas (?:formas|maneras)|sea como fuere|recordemos|cabe recordar|vale recordar/iu,
    secondStrand: /paralelamente|mientras tanto|entretanto/iu,
    complementizers: /que/iu,
    stressedPronouns: /él|ella/u,
    // "el juzgador", "el letrado", "la magistrada": a role noun for the person just named, like a pronoun
    // (and a sports role for the coach or player just named: "subrayó el estratega", "señaló el timonel")
    roleNouns: /^(?:(?:las?|dichas?|estas?|esas?) (?:mismas? )?fuentes?|la misma fuente)$|^(?:el|la) (?:(?:ex)?juzgador[a]?|(?:ex)?letrad[oa]|magistrad[oa]|togad[oa]|estratega|timonel|técnico|entrenador[a]?|preparador[a]?|míster|DT|delanter[oa]|atacante|jugador[a]?|futbolista|capitán|capitana|guardameta|portero|meteorólog[oa])(?: (?:\p{Ll}+o|\p{Ll}+a|\p{Ll}+ista))?$/iu,
    // "Una cámara de seguridad captó …", "En un video quedó grabado …"
    mediaShows: /\b(?:vídeo|video|foto|fotografía|imágenes|imagen|grabación|cámaras?)\s+(?:\p{L}+\s+){0,3}?(?:mostró|muestra|muestran|mostraron|revela|reveló|captó|captaron|registró|registraron|grabó|quedó (?:grabad[oa]|registrad[oa]))\b/iu,
    // (session 32, speakers11: moved out of the engine, output-identical) "según la misma fuente": the cue names the source just cited, read as a pronoun
    sameSource: /según (?:la misma fuente|las mismas fuentes)/u,
    // capitalised linking words and adverbs opening a clause ("Según informó …", "Además …"): never a one-word speaker
    linkingWords: /según|como|además|asimismo|también|luego|después|finalmente|posteriormente|incluso|igualmente|entonces|hoy|ayer|mientras|pero|sin|ya|también|quizás|acaso/iu,
    // a time adverb right after the verb ("dijo ayer el alcalde") is no subject
    timeAfterVerb: /ayer|hoy|anoche|este (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?: pasado)?/iu,
    // (session 33, closings1) the recipient between an inverted verb and its subject ("…, han confirmado a EFE fuentes policiales",
    // "Así lo han confirmado a los periodistas un matrimonio …"): Spanish marks the recipient with "a" (RAE-ASALE, Nueva gramática
    // §35: the indirect object of verbs of communication), and the postverbal subject opens with a determiner or is a bare plural
    // ("fuentes policiales"); the recipient is a short noun phrase (one to three words after its determiner, no possessive, no
    // preposition, no "que": "comentó a Diario Río Uruguay que en el marco …" opens a clause, "hace alusión a su comportamiento …
    // en el que" is a topic, not a hearer)
    recipientFirst: /^(?:a|al)\s+(?:(?:los|las|la|el|este|esta|ese|esa)\s+)?(?:(?!(?:su|sus|que|en|de|del|con|por|para|sobre|y|e|o|lo|le|les|se|el|la|los|las|un|una)\s)[^\s,;:]+\s){1,3}?(?=(?:el|la|los|las|un|una|unos|unas|fuentes|portavoces|responsables|agentes)\s)/u,
    // adverbs closing a speaker span ("explicó el alcalde, también"): no part of the speaker
    // (session 34) and the auxiliary of a refusal's perfect ("La Policía no ha facilitado": the cue is the participle)
    spanTrailingWords: /no|también|ya|tambien|también|además|luego|después|ha|han|había|habían/iu,
    // (session 32, speakers11) a complementizer right after the verb opens its clause, never its subject ("El concejal de Seguridad, Narciso Pérez, comentó que …"): with a name and
    // its apposition before the verb, the subject is there (Spanish and French grammar: "que" introduces the complement clause)
    objectStart: /^(?:que|qu['’])(?=[\s,]|$)/iu,
    // (session 32, speakers11) a bare definite noun for a private person by role ("el vecino", "la residente", "el entrevistado") points
    // back, as a speaker, to the person named just before (the engine field personRoleNouns, read by carry): "Miguel Ángel, un
    // residente del lugar, … El vecino explicó que …" is Miguel Ángel's (RAE-ASALE: the definite article with a noun already
    // introduced is anaphoric); "un vecino", "otra vecina" are new, unnamed people
    personRoleNouns: /^(?:el|la) (?:vecin[oa]|residente|entrevistad[oa])$/iu,
    // (session 33) una frase de vuelta que confirma sigue siendo un hecho afirmado: "Así lo confirmó la Policía Local."
    confirmingVerbs: /(?<![\p{L}])confirm(?:ó|aron|a|an|ado|ada|ando|ar)(?![\p{L}])/iu,
    // (session 33) la página de preguntas y respuestas: una línea de cabecera que nombra a quien responde ("Entrevista al alcalde
    // de Burgos", "Entrevista con la fiscal Ana Ruiz") y las marcas de turno ("P:", "R:", "—¿…?")
    interviewHeader: /^(?:ENTREVISTA|Entrevista)(?: (?:a|al|a la|con|con el|con la)|:)\s+(\p{L}[^.!?:]{1,80}?)[.:]?\s*$/u,
    interviewTurns: { question: /^(?:P|Pregunta)\s?[:.-]\s|^[—–-]\s?¿/u, answer: /^(?:R|Respuesta)\s?[:.-]\s/u },
  },
  sources: {
    anonymous: /\b(?:fuentes?|anonimato|no quis(?:o|ieron) (?:ser identificad|identificarse)|informantes?|allegad[oa]s?|testigos?|vecin[oa]s?|residentes?)\b/iu,
    official:
      /\b(?:gobierno|sistema penitenciario|servicio penitenciario|Aemet|Agencia Estatal de Meteorología|Departamento (?:\p{L}+ )?de (?:Seguridad|Interior|Justicia|Salud|Educación|Policía|Bomberos)|centro coordinador(?: de emergencias)?|medicina legal|servicio (?:\p{L}+ )?de salud|unidad militar de emergencias|UME|xunta|generalitat|junta de (?:andalucía|castilla y león|castilla-la mancha|extremadura|galicia|comunidades de castilla)|ministerio|ministra?o?|ministro|policía|polic[ií]a nacional|guardia civil|bomberos|autoridad(?:es)?|fiscalía|fiscal|portavoz|alcalde(?:sa)?|alcaldía|ayuntamiento|presidente|presidenta|ejército|fuerzas armadas|tribunal|juez(?:a)?|juzgado|congreso|senado|gobernador(?:a)?|gobernación|secretaría|secretari[oa]|protección civil|Casa Blanca|Kremlin|Pentágono|embajada|comunicado|prefectura|municipio|municipalidad|comandancia|consejería|delegación del gobierno|direcci[óo]n (?:general|provincial|territorial|regional|nacional|insular|comarcal|municipal|autonómica)|delegaci[óo]n (?:territorial|provincial|insular|comarcal|de (?:la junta|educación|salud|sanidad|hacienda|agricultura|medio ambiente|empleo|fomento|igualdad|cultura))|concejal[íi]as?|salud pública|sanidad|servicio de epidemiología|seguridad alimentaria|intervención (?:general|municipal)|carabineros|defensa civil|cancillería|canciller|mossos(?: d['’]esquadra)?|ertzaintza|policía (?:local|municipal|foral|federal|estatal|autonómica|de investigaciones|vial|ministerial)|guardia (?:urbana|municipal|nacional)|PDI|gendarmería|prefectura naval|ministerio público|procuraduría|secretaría de (?:seguridad|marina|la defensa)|SSPC|sedena|semar|consistorio|cabildo|concello|diputación|intendencia|comuna|subdelegación|jefatura|comisaría|cuartel|dependencia|corporación(?: policiaca| policial)?|agentes|efectivos|uniformados|policías|elementos (?:de|policiacos|policiales|de seguridad)|militares|rescatistas|socorristas|paramédicos|emergencias|servicio de emergencias|SAMUR?|cuerpo de bomberos|seguridad pública|audiencia (?:provincial|nacional)|poder judicial|guardacostas|capitanía|fuerzas de seguridad|cuerpos de seguridad|benemérita|funcionari[oa]s?|acusación(?: fiscal| pública| particular)?)\b/iu,
    // police reports too: "según el reporte policial", "el parte oficial", "el acta"
    document: /\b(?:estudio|informes?|balances?|encuesta|datos|documentos?|estadísticas?|análisis|sentencia|auto|expediente|registro|investigación|censo|cifras|reportes?|parte (?:oficial|policial|policiaco|médico)|atestado|diligencias|acta|carpeta de investigación|boletín|comunicado|(?:la|las|su) denuncias?(?! públicas?))\b/iu,
    media: /\b(?:fotos?|fotografías?|vídeos?|videos?|imágenes|grabaciones?|satélite)\b/iu,
    institution: /\b(?:instituto|universidad|fundación|organización|asociación|empresa|compañía|sindicato|observatorio|centro|expertos?|expertas?|analistas?|investigador(?:es|as?)?|profesor(?:a)?|economista|abogad[oa]|ONG)\b/iu,
    singleUnnamed: /^(?:un|una) (?:\p{L}+ ){0,3}(?:vecin[oa]|trabajador(?:a)?|residente|funcionari[oa]|emplead[oa]|testigo|hombre|mujer|soldado|agente)\b/iu,
  },
  // (session 32, speakers11) "su titular, Carlos Torres Piña", "titular de la Fiscalía": the head of an office (RAE: titular, "que ejerce un cargo
  // con título propio"); not a headline ("el titular de la noticia") or an account holder ("el titular de la cuenta")
  titles: {
    official:
      /\b(?:(?:su|sus) titular(?:es)?|titular(?:es)? de(?:l| la)? (?=(?:Fiscalía|Secretaría|Subsecretaría|Ministerio|Consejería|Concejalía|Juzgado|Dirección|Delegación|Procuraduría|Comisión|Instituto|Agencia|Unidad|Área|Policía|Guardia|dependencia|cartera|institución)\b)|alcalde(?:sa)?|ministr[oa]|president[ea]|gobernador(?:a)?|secretari[oa]|fiscal|juez(?:a)?|portavoz|vocer[oa]|oficial de prensa|presidente municipal|presidenta municipal|edil|delegad[oa]|comandante|comisari[oa]|jef[ea] de (?:bomberos|policía|la policía)|director(?:a)? general|senador(?:a)?|diputad[oa]|concejal(?:a)?|delegad[oa] del gobierno|canciller|embajador(?:a)?|general|coronel|subcomisari[oa]|inspector(?:a)?(?: jefe)?|subinspector(?:a)?|intendente|subintendente|prefect[oa]|sargento|teniente(?: de alcalde| coronel)?|capitán|capitana|suboficial|agente|oficial de (?:policía|la policía|guardia)|jef[ea] (?:de|del) (?:la )?(?:policía|bomberos|seguridad|servicio|emergencias|protección civil|operaciones|zona|sector|comisaría|unidad|departamento)|director(?:a)? (?:de|del) (?:la )?(?:policía|protección civil|seguridad|bomberos|emergencias|tránsito)|regidor(?:a)?|síndic[oa]|consejer[oa]|viceconsejer[oa]|conseller|consellera|viceministr[oa]|subsecretari[oa]|procurador(?:a)?|magistrad[oa]|vicealcalde(?:sa)?|subdelegad[oa]|comisionad[oa]|mandatari[oa]|fiscal (?:general|jefe)|médic[oa] forense|forense|director(?:a)? (?:de|del área de) (?:Cultura|Deportes|Turismo|Salud(?: Pública)?|Educación|Obras Públicas|Medio Ambiente|Servicios Sociales|Seguridad(?: Ciudadana| Pública)?|Protección Civil|Urbanismo|Hacienda|Tránsito|Tráfico|Desarrollo (?:Social|Urbano|Económico)|Comunicación Social|Catastro|Vivienda|Juventud|Igualdad)|guardia civil|mosso|(?:organismo|agencia|entidad|autoridad|servicio)s? (?:públic[oa]s?|estatal(?:es)?|municipal(?:es)?|provincial(?:es)?|autonómic[oa]s?|nacional(?:es)?|oficial(?:es)?)|(?:director[a]?|gerente|jef[ea]|responsable|coordinador[a]?)(?: (?:médic[oa]|general|asistencial))? (?:del|de la) (?:hospital|clínica|centro de salud|servicio de salud|agencia|organismo)(?: [\p{L}]+)? (?:públic[oa]|estatal|municipal|provincial|regional))\b/iu,
    named: /\b(?:señor|señora|sr\.|sra\.|dr\.|dra\.|doctor(?:a)?|profesor(?:a)?|don|doña)\s/iu,
    // (session 33, lead decision 1) los organismos del Estado por su nombre: official aunque se llamen instituto, agencia o centro;
    // las fundaciones, universidades e institutos privados no están aquí
    // (session 34) and the Guardia Civil by its standing epithets ("el Instituto Armado", "la Benemérita": RAE, DLE s.v. benemérito)
    stateAgencies:
      /(?:Instituto Armado|Benem[ée]rita|Instituto Nacional de Estad[íi]stica(?: y (?:Censos|Geograf[íi]a))?|INE|INDEC|INEGI|Agencia Estatal de Meteorolog[íi]a|AEMET|Aemet|Instituto de Salud Carlos III|ISCIII|Centro de Investigaciones Sociol[óo]gicas|Direcci[óo]n General de Tr[áa]fico|DGT|Instituto Nacional de Toxicolog[íi]a(?: y Ciencias Forenses)?|Instituto de Medicina Legal(?: y Ciencias Forenses)?|Instituto Anat[óo]mico Forense|Servicio P[úu]blico de Empleo Estatal|SEPE|Instituto Geogr[áa]fico Nacional|Servicio Meteorol[óo]gico Nacional|Consejo de Seguridad Nuclear|Banco de Espa[ñn]a|Centro de Coordinaci[óo]n de Alertas y Emergencias Sanitarias)/u,
  },
  hedges: {
    // every class ends in a guard (session 26): a hedge inside an indirect question or a condition ("investiga si … posiblemente") does not
    // hedge the claim (README, "Hedge set, check3")
    // (session 27: "habría" only before a participle, the conditional perfect of report; the existential "habría elecciones" after "dijo que"
    // is the future in the past)
    patterns: [
      // session 33 (hedges11), from check9 (spent): an estimate of an amount is not a hedge ("se estima que son millonarias", README: estimates
      // of a figure), nor a possibility inside the description of who is sought ("en busca de sospechosos que podrían estar vinculados", README check9)
      // (session 34, hedges12: "podría haberse producido" with the clitic, as "podría haber"; "sin motivo aparente" says no reason was seen, not a
      // hedge, as "for no apparent reason": carry sets, spent)
      /\b(?:al parecer|presuntamente|supuestamente|aparentemente|según datos no confirmados|según informaciones no confirmadas|según algunas fuentes|podría(?:n)? (?:haber(?:se|le|les|lo|la|los|las)?|estar)(?<!\b(?:en busca de|busca|buscan|buscaba|buscaban|buscar|buscando|localizar a|identificar a) (?:\p{L}+ ){0,4}?(?:que|quien|quienes) podría(?:n)? (?:haber|estar))|habría(?:n)? (?:(?:se|ya|incluso|también|presuntamente|supuestamente|posiblemente) )*?\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|chos|chas|so|sa|sto|sta)|estaría(?:n)?|sería(?:n)?|se cree que|se estima que(?! (?:son|es|serán|ascienden|asciende|superan|supera|rondan|ronda|alcanzan|alcanza|llegan|llega) )|se sospecha|probablemente|posiblemente|al menos en apariencia|(?<!\bsin (?:\p{L}+ )?(?:motivo|razón|causa|explicación|provocación|justificación|móvil) )aparentes?|en apariencia|se presume que|^se presume|(?<=, (?:que|quien|quienes|el cual|la cual|los cuales|las cuales) )se presum(?:e|ía)(?! que)|presumible(?:mente)?|podría(?:n)? tratarse|(?:causa|información|versión|hipótesis|datos|dictamen|informe|reporte|parte) preliminar(?:es)?|de (?:manera|forma) preliminar|preliminarmente|según (?:las )?primeras (?:informaciones|indagaciones|investigaciones|pesquisas))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // not ruling out: "no descartaron que pudiera haber sido provocado", "no se descarta", "sin descartar"; session 33 (hedges11): not "no se
      // descarta ninguna hipótesis / nada" (an open inquiry, no version asserted, as ko "모든 가능성을 열어두고")
      /\b(?:no (?:se )?(?:\p{L}+ )?descart\p{L}+(?! (?:ninguna|ningún|ninguno|nada|más (?:detenciones|arrestos|imputaciones))\b)|sin descartar(?! (?:ninguna|ningún|ninguno|nada)\b)|no (?:se )?(?:puede|pueden|podía|podían) descartar(?! (?:ninguna|ningún|ninguno|nada)\b))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // the epistemic past of "poder": "pudo haber provocado", "puede haber sido", "pudieron estar motivados"; a bare "pudo escapar"
      // (ability) and the negated "no pudo ser rescatado" are left out
      /\b(?:pud(?:o|ieron|iera|ieran|iese|iesen) haber|pued(?:e|en) haber(?:se)? (?:sido |estado )?\p{L}+(?:ado|ada|idos?|idas?|ados|adas|to|ta|tos|cho|sto)|(?<!\bno )pud(?:o|ieron) (?:ser|estar|deberse|tratarse|originarse|haberse)|podría(?:n)? (?:ser|deberse|originarse|corresponder|pertenecer))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // the conditional of rumour with stative verbs ("tendría cerca de 30 años", "se trataría de", "contaría con antecedentes");
      // "tendría que" (obligation) is left out, and so are verbs of events, where the conditional is also the future in the past
      /\b(?:tendría(?:n)?(?! que)|se tratar[ií]a(?:n)?|contaría(?:n)? con|se encontraría(?:n)?|pertenecería(?:n)?|rondaría(?:n)?|ascendería(?:n)? a|superaría(?:n)?)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // inference and impersonal belief: "todo indica que", "todo apunta a que", "se supone que", "es probable que",
      // "tal vez", "quizá(s)", "puede que", "parece que"
      /\b(?:todo (?:parece )?(?:indica(?:ba)?|apunta(?:ba)?|hace (?:pensar|suponer)) (?:a )?que|se supone que|es (?:muy )?(?:posible|probable) que|tal vez|quizás?|puede que|parece(?:ría)? (?:ser )?que|parec(?:e|en|ía|ían|ió|ieron) (?:haber(?:se)?|ser|estar|tener|deberse|tratarse)|(?:la )?(?:policía|fiscalía|investigadores|autoridades|agentes)(?: (?!que\b)\p{L}+){0,3}? (?:no |también |aún |todavía )?(?:cree|creen|creía|creían|sospecha|sospechan|presume|presumen) que|se entiende que|(?:principal|primera|única|una de las) hipótesis|hipótesis (?:principal|más fuerte|más firme|que (?:se )?maneja)|(?:informaci\p{L}+|datos|versi\p{L}+|report\p{L}+) (?:aún |todavía )?(?:no confirmad\p{L}*|sin confirmar))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // an alleged-word that asserts (README, "Attributive alleged-words", session 25): "atraparon a un presunto ladrón", "presuntos
      // delincuentes", "detenido como presunto autor", "como el presunto autor"; not after a definite article, demonstrative or
      // possessive, where it names ("el presunto autor está detenido", "la vivienda del presunto autor", "su presunta cómplice"), not
      // after "por" (the charge, a legal status: "por presunto desvío"), and not "por supuesto"
      /(?<!(?<!\bcomo )\b(?:el|la|los|las|del|al|lo|su|sus|este|esta|estos|estas|ese|esa|esos|esas|dicho|dicha|dichos|dichas|aquel|aquella|aquellos|aquellas|por)\s(?:\p{L}+\s)?)\b(?:presunt|supuest)[oa]s?\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // a cause called probable ("la causa probable del incendio", "el móvil probable")
      /\b(?:(?:causa|origen|móvil|motivo)s? (?:más )?probables?|probables? (?:causa|origen|móvil|motivo)s?)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // preliminary findings, masculine and feminine: "según los primeros informes", "de acuerdo con las primeras pesquisas",
      // "los primeros indicios apuntan"
      /\b(?:(?:según|de acuerdo (?:con|a)) (?:los |las )?primer(?:os|as) (?:\p{L}+ )?(?:informes|reportes|datos|indicios|análisis|peritajes|resultados|informaciones|indagaciones|investigaciones|pesquisas|hipótesis|versiones|averiguaciones|reportes)|(?:los |las )?primer(?:os|as) (?:indicios|hipótesis|averiguaciones|pesquisas|peritajes|informes) (?:apuntan|indican|señalan|sugieren|apuntaban|indicaban))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // rumour as the frame ("se rumora que", "se dice que", "corre el rumor de que", "según rumores"); not "se dice satisfecho" nor a
      // rumour that is the claim's object ("desmintió los rumores")
      /\b(?:se rumor(?:e)?a(?:ba)? que|se dec[ií]a que|se dice que|corr(?:e|en|ía|ían) (?:el |los )?rumor(?:es)?|según (?:los |algunos |varios )?rumores|(?:existen|hay|había|circulan|circulaban) rumores (?:de )?que)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // speculation as the frame ("se especula que", "según especulaciones")
      /\b(?:se especula(?:ba)? (?:con )?que|según (?:las |algunas )?especulaciones)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 27: unnamed reports or media as the frame ("según reportes", "según informaron medios locales", "de acuerdo con medios
      // locales", "los medios locales reportaron que"; an investigative suspicion with any subject ("fuentes policiales presumen que",
      // "personal forense presume que"; "creen que" stays with the authorities, a private belief is an opinion); README: an unnamed media frame is a hedge); not official reports ("según informes
      // oficiales"), a named paper ("según el diario El Universal") nor reports that are the claim's object ("desmintió los reportes")
      /(?:\b(?:según|de acuerdo (?:con|a)|conforme a) (?:(?:los|algunos|varios|diversos|distintos|otros) )?(?:reportes|informes periodísticos|versiones periodísticas|medios(?: de comunicación| informativos)?(?: locales| nacionales| regionales| internacionales| estatales| extranjeros)?|(?:la )?prensa(?: local| regional| nacional| extranjera)?)\b(?! (?:oficiales|policiales|médicos|forenses|de la (?:policía|fiscalía|secretaría)|del (?:gobierno|ministerio))\b)|\b(?:informaron|reportaron|señalaron|publicaron|difundieron|indicaron|dieron a conocer) (?:(?:los|algunos|varios|diversos) )?medios(?: de comunicación)?(?: locales| nacionales| regionales| internacionales)?\b|\b(?:los |algunos |varios |diversos )?(?:medios(?: de comunicación)?|periódicos|diarios)(?: locales| nacionales| regionales| internacionales)? (?:reportaron|informaron|señalaron|publicaron|difundieron|aseguraron|aseguran|reportan|informan|señalan|publican) que\b|\bse piensa(?:ba)? que\b|\bse comenta(?:ba)? que\b|\b(?:sospecha|sospechan|sospechaba|sospechaban|presume|presumen|presumía|presumían) que\b)(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): an impersonal report verb with no reporter ("se informó que", "según se informó", "se reporta que",
      // "se dio a conocer que", "se habla de", "se indicó que") is a hedge ("se comenta que" was one, session 27): hearsay with no one to answer for it; not negated ("no se
      // informó", "cuya identidad no se dio a conocer"), not "se informó a la población" (who was told), not "como se indica" (a pointer), not a relative clause ("la tercera
      // operación de la que se informa esta semana"), nor a tally ("se reportan 300 viviendas con daños", "se reportaron dos heridos": a count,
      // not a reported proposition)
      /(?<!\bno (?:se )?(?:\p{L}+ )?)(?<!\b(?:como|que|cual|cuales|quien|quienes|cuyo|cuya|cuyos|cuyas|donde) )\b(?:según se (?:informó|inform[oó]|indicó|supo|dio a conocer|reportó|dijo|(?:pudo|ha podido|había podido|logró|ha logrado) (?:saber|conocer|averiguar|confirmar))(?!,? (?:por|de boca de|a través de|gracias a|mediante)\b)|se (?:informó|informa|informaba|ha informado|había informado|indicó|ha indicado|reportó|reporta|reportaban|reportaron|reportan|ha reportado|han reportado|había reportado|comunicó|dio a conocer|da a conocer|dieron a conocer|ha dado a conocer|había dado a conocer|mencionó|detalló|precisó|habla|hablaba|(?:asegura|aseguraba|aseguró|afirma|afirmaba|afirmó|sostiene|sostenía)(?= que\b)))\b(?! (?:a|al|a la|a las|a los|sobre)\b)(?<!\breport\p{L}*(?= (?:\d|(?:un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|decenas|cientos|miles|al menos|más de|menos de|cerca de|casi)\b)))(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): provisional findings ("según la información preliminar", "datos preliminares", "de manera preliminar",
      // "preliminarmente", "por lo que se sabe hasta ahora"), as "según las primeras investigaciones"
      /\b(?:(?:información|informe|informes|datos|reporte|reportes|resultados|peritaje|peritajes|indagatorias?|investigaciones?|dictamen|conclusiones) preliminar(?:es)?|de (?:manera|forma) preliminar|preliminarmente|(?:por|según) lo que se sabe (?:hasta (?:ahora|el momento))?)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 28: the existential "habría" of report ("habría participación de terceros", "habría personas detenidas"), not the future in
      // the past after a verb of saying or promising ("dijo que habría elecciones", session 27), not "habría que" (need) nor a condition
      /(?<!\b(?:dijo|dijeron|anunció|anunciaron|aseguró|aseguraron|prometió|prometieron|adelantó|advirtió|afirmó|indicó|señaló|explicó|informó|declaró|confirmó|garantizó|estimó|calculó|previó|pronosticó|expresó|comentó|manifestó|detalló|precisó|sostuvo|añadió|agregó|creía|creían|pensaba|pensaban|esperaba|esperaban) (?:que|de que)\b[^.;:!?]{0,80})\bhabrían? (?:(?:una?|unos|unas|dos|tres|cuatro|cinco|seis|varios|varias|más|al menos|otros|otras|muchos|muchas|algunos|algunas|\d+|participación|indicios|personas|víctimas|heridos|muertos|detenidos|lesionados|fallecidos|pruebas|evidencias|rastros|huellas|relación|vínculos?|responsables)\b)(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 28: a hypothesis under investigation as the frame ("se investiga la hipótesis de que", "se baraja la posibilidad de que",
      // "la versión más fuerte"), and the epistemic "se podría tratar de", "pudieran estar relacionados" (not "para que pudieran", a purpose)
      /(?<!\b(?:para|a fin de) que (?:\p{L}+ ){0,3})\b(?:(?:se )?(?:investiga|investigan|analiza|analizan|maneja|manejan|baraja|barajan|sigue|siguen|contempla|contemplan|explora|exploran) (?:la |una |las |dos |varias )?(?:hipótesis|posibilidad(?:es)?|líneas? de investigación|versión|versiones) (?:de )?que|la hipótesis de que|la versión más (?:fuerte|firme|sólida)|se podría(?:n)? tratar de|pudier(?:a|an|e|en) (?:estar|ser|haber|tratarse|deberse))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 28 (batch 2): the investigators' view as the frame, set off by a comma ("A juicio de los investigadores, …", "Para la policía,
      // …", "En opinión de los peritos, …"), as "la policía cree que"
      /(?:^|[.;:!?]\s*|,\s*)\b(?:a juicio de|en opinión de|según la opinión de|para) (?:los |las |la |el )?(?:investigadores|policías?|autoridades|peritos|expertos|fiscalía|fiscal|agentes|bomberos|forenses)\b(?:\s+\p{L}+){0,3},(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?: o (?:quién|quiénes|quienes|qué|cómo))?(?=\s))[^,.;:!?]{0,160})/iu,
      // session 29 (lead decision): a verb of becoming known with no source named ("trascendió que", "según trascendió,", "se supo que", "ha
      // trascendido que", "se conoció que") is a hedge (the sourcing stays anon, session 23); not with a source ("según trascendió de fuentes
      // de la Fiscalía", "se supo por la policía"), not negated, and not a nominal object ("no trascendió la identidad", "se conoció la lesión")
      /(?<!\bno (?:se )?)\b(?:(?:ha |había |habría )?trascendi(?:ó|do)|se (?:ha |había )?(?:supo|sabido)|se (?:ha )?conoci(?:ó|do)) que(?=\s)|\bsegún (?:ha |había )?(?:trascendi(?:ó|do)|se supo|se conoció)(?! (?:de|por|en|a través de|desde)\b)/iu,
      // session 30: unnamed versions as the frame ("Según versiones, …", "De acuerdo con las versiones recabadas en el lugar", "Versiones
      // apuntan que …"), as unnamed reports are (README, session 26 "según reportes"); not the accounts of people named by their role
      // ("según versiones de testigos / de vecinos", sourcing anon), nor official versions; unofficial information as the frame
      // ("extraoficialmente", "de manera extraoficial", "según fuentes extraoficiales"), as "de source officieuse" in French; the belief of an
      // authority over "se trata de" with the "que" dropped ("que sospechan se trata de una venganza"); "parecer" + any infinitive ("parecía
      // encontrarse en estado de ebriedad"), not only "ser / estar / haber"
      /\b(?:(?:según|de acuerdo (?:con|a)|conforme a) (?:(?:las|algunas|varias|diversas|distintas|otras|primeras|diferentes) ){0,2}versiones(?! (?:oficiales|de (?:la|los|las) (?:autoridades|policía|fiscalía|testigos|vecinos|familiares|víctimas)|del (?:gobierno|ministerio|detenido|acusado|imputado)|de (?:testigos|vecinos|familiares|habitantes|pobladores|residentes|conocidos|amigos|compañeros)))|(?:(?:algunas|varias|diversas|otras|las) )?versiones (?:(?:extraoficiales|no oficiales|preliminares|periodísticas|locales) )?(?:apuntan|indican|señalan|refieren|sostienen|afirman|aseguran)(?: a)? que|extraoficialmente|de (?:manera|forma|modo) extra ?oficial|(?:según|de acuerdo (?:con|a)) (?:fuentes|datos|información|informes|reportes|versiones) extra ?oficiales|(?:sospech|presum)\p{L}* (?:que )?se trat(?:a|aba|ó|aría) de|parec(?:e|en|ía|ían|ió|ieron) (?!(?:ser|estar|haber(?:se)?|tener|deberse|tratarse)\b)\p{L}{2,}(?:ar|er|ir)(?:se|le|les|lo|la|los|las)?)\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|desconocía|ignora|ignoran|ignoraba|sabe|saben|sabía|investiga|investigan|indaga|indagan|determinar|establecer|esclarecer|precisar|averiguar|aclarar|idea de|certeza de|certeza sobre|claridad sobre|pistas? sobre|pistas? de) (?:aún |todavía |hasta ahora )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué))[^.;:!?]{0,120})/iu,
      // session 33 (hedges11): lead decision 3, a version the inquiry considers is a hedge: "barajan la hipótesis de un ajuste de cuentas" (a
      // noun as well as "de que"), "trabajan sobre la hipótesis de", "la segunda / otra hipótesis que se baraja es que"; not a version rejected
      // ("descartó la hipótesis de"), a count with no content ("barajan varias hipótesis."), nor an inquiry into a link ("se investiga su posible
      // relación", an indirect question, README session 32). A belief a fact led someone to ("lo hizo suponer que", "hacen pensar que",
      // "permite presumir que"), not negated ("nada hace pensar que", "no permite suponer"). An office's belief in the first person inside a
      // quote ("«Creemos que el incendio fue provocado», dijo el jefe de bomberos", as "la policía cree que"), not about the speakers themselves
      // ("creemos que hicimos …"), nor a forecast ("creemos que mañana estará resuelto"). Provisional findings with the office between
      // ("Las primeras investigaciones de la Policía Nacional apuntan a …", README session 23; the s28 decision)
      /\b(?:(?:se )?(?:baraja|barajan|barajaba|barajaban|maneja|manejan|manejaba|manejaban|contempla|contemplan|sigue|siguen|explora|exploran|trabaja|trabajan|trabajaba|trabajaban)(?: (?:con|sobre|en))? (?:la|una) (?:hipótesis|posibilidad|versión) de (?:un|una|el|la|los|las|que)|(?:segunda|tercera|otra|nueva|última) hipótesis (?:que (?:se )?(?:baraja|barajan|maneja|manejan|investiga|investigan|contempla|contemplan)|es que)|(?<!\b(?:nada|no)\b[^.;:!?]{0,20})(?:hizo|hace|hacen|hicieron|hacía|hacían|permite|permiten|permitió|lleva|llevan|llevó|llevaron) (?:\p{L}+ )?(?:suponer|pensar|presumir|sospechar) que|(?:creemos|sospechamos|presumimos|suponemos) que(?! \p{L}+mos\b)(?![^.;:!?«»"“”]{0,100}\b(?:mañana|pronto|próxim\p{L}*|\p{L}+(?:rá|rán))\b)|(?:las |los )?primer(?:as|os) (?:investigaciones|indagaciones|pesquisas|averiguaciones|pericias|peritajes|informes|análisis|diligencias) (?:(?:de|del) (?:la |el |los |las )?(?:[\p{L}-]+ ){1,4}?)?(?:apuntan|apuntaban|indican|indicaban|señalan|señalaban|sugieren|sugerían|revelan|revelaron|determinaron|establecieron|arrojan|arrojaron))\b(?<!(?:\bsi\b|\b(?:se )?(?:desconoce|desconocen|ignora|ignoran|sabe|saben|investiga|investigan|determinar|establecer|esclarecer|precisar|averiguar|aclarar) (?:aún |todavía )?(?:quién|quiénes|qué|cómo|cuándo|dónde|cuál|cuáles|por qué)(?=\s))[^.;:!?]{0,120})/iu,
      // session 33 (hedges11), from the residue of check9 (spent, read as dev): the epistemic imperfect of "poder" with a perfect infinitive
      // ("por lo que podía haberse convertido en la vía de acceso", as "podría haber"), and "según todos los indicios" (by every sign, as
      // "todo indica que"), not the counterfactual ("podían haber llamado antes si hubieran oído algo"); "no se descartan más detenciones" is a
      // forecast (README check9), left out of "no se descarta" above
      /\b(?:podía(?:n)? haber(?:se|lo|la|los|las|le|les)? \p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|so|sa)|según todos los indicios)\b(?<!(?:\bsi\b)[^.;:!?]{0,120})(?![^.;:!?]{0,120}\bsi (?:hubiera|hubieran|hubiese|hubiesen|habría|hubiéramos)\b)/iu,
      // session 33 (hedges11), batch 3: a belief with its subject dropped, opening the sentence after an optional connector ("Sin embargo, creen
      // que actuaron al menos cuatro personas", the investigators in play), as "los investigadores creen que"; not "nadie cree que" nor a belief
      // with a subject of its own (the class above)
      /(?:^|[.;:]\s+)(?:(?:sin embargo|además|también|asimismo|por ahora|hasta el momento|de momento|por el momento|aún|todavía|en tanto|mientras tanto),? )?(?:creen|creían|sospechan|sospechaban|presumen|presumían|suponen|suponían) que\b/iu,
    ],
    // session 29: impersonal report and becoming known (a hedge only with no reporter in play), and the object of a denial
    reportFrames: /(?:\bse (?:informó|informa|informaba|indicó|indica|señaló|señala|reportó|reporta|dio a conocer|da a conocer|habla|hablaba|mencionó|comentó|supo|sabido|conoció|conocido|asegura|aseguraba|aseguró|afirma|afirmaba|afirmó|sostiene|sostenía)|trascendi|según se)/iu,
    // session 31: a report the sentence contrasts with or contradicts ("Dicha aseveración contrasta con la información de la Secretaría, que
    // adelantó que … estarían implicados"): the report is the object of the comparison, not the claim's hedge
    reportedObject: /(?:\b(?:desminti\p{L}*|desmienten?|negó|negaron|niegan?|rechaz\p{L}*)\s(?:\p{L}+\s){0,2}?(?:la información|las informaciones|la versión|las versiones|el rumor|los rumores|los señalamientos|las acusaciones|los reportes)\s(?:de que|según la cual|según las cuales|que)\b[^.;!?]{0,160}|\b(?:contrasta\p{L}*|contrastó|contrastaba|contradic\p{L}*|choca\p{L}*|chocó) con (?:\p{L}+\s){0,3}?(?:información|informaciones|versión|versiones|reporte|reportes|lo informado|lo dicho|lo declarado|declaración|declaraciones|datos|cifras)\b[^.;!?]{0,240})$/iu,
    // session 28: rule D (README, session 23): a report the same sentence goes on to correct ("en un principio se creyó que había sufrido una
    // caída, pero resultó ser …", "… que se creía muerto apareció con vida") is not the claim's hedge
    corrections: /\b(?:result(?:ó|aron) (?:ser|estar)|resultó falso|terminó (?:siendo|por ser)|en realidad (?:era|eran|fue|fueron|se trataba)|apareció con vida|aparecieron con vida|fue descartad[oa]|fueron descartad[oa]s|se descartó)\b/iu,
  },
  furniture: {
    lines: [
      // a promo line that sends the reader elsewhere, an embedded post's chrome (session 27)
      /^(?:para (?:más|las últimas|conocer más) noticias\b.{0,120}\b(?:visita|síguenos|descarga|entra en)\b|ver esta publicación en instagram|una publicación compartida de\b)/iu,
      /^(?:lee también|lea también|te puede interesar|le puede interesar|más información|compartir|comparte|comentarios?|sé el primero en comentar|suscríbete|suscribete|síguenos|siguenos|todos los derechos reservados|publicidad|noticias relacionadas|relacionad[oa]s?:?$|etiquetas:|temas:|archivado en|fuente:|foto:|imagen:|©|más noticias|lo más leído|ver más|contenido patrocinado|newsletter|recibe|únete|para más información|contacto de prensa|sobre\s+\p{Lu}\S*$|leer (?:la )?noticia completa|lea (?:la )?nota completa|•\s*\p{L}+$)/iu,
      // comment forms, share bars and page chrome
      /^(?:tu dirección de correo electrónico no será publicada|su dirección de correo(?: electrónico)? no será publicada|los campos obligatorios están marcados|deja (?:una respuesta|un comentario|tu comentario)|cancelar (?:la )?respuesta|guarda mi nombre|publicar (?:el )?comentario|(?:notificarme|avísame|recibir un aviso)|debes (?:iniciar sesión|estar registrado)|inici(?:a|ar) sesión|copiar (?:el )?enlace|enlace copiado|(?:artículo|noticia) (?:anterior|siguiente)$|siguiente (?:artículo|noticia)$|enviar por (?:correo|e-?mail)|publicado (?:el|por)\s|actualizado (?:el|a las)\s|descarga (?:la|nuestra) app|(?:imprimir|nombre|correo electrónico|sitio web|web)\s*\*?$)/iu,
      /^(?:tiempo de lectura|lectura\s*:?\s*\d+\s*min|\d+\s*min(?:utos)? de lectura|escuchar (?:la noticia|el artículo)|guardar$|foto de archivo\.?$|imagen de archivo\.?$|imagen ilustrativa\.?$)/iu,
    ],
    sentences: [
      // sesión 33: un presentativo que apunta a la entrevista o las respuestas de abajo ("A continuación, la entrevista:",
      // "Estas son sus respuestas:")
      /^(?:A continuación,?|Aquí|Estas son|Esta es|Les dejamos|Te dejamos)\s(?:(?:la|las|el|los|sus|su|nuestra)\s)?(?:entrevista|conversación|respuestas|preguntas y respuestas)\b[^.!?]{0,80}:$/iu,
      // session 32: un envío a la web o al calendario ("Toda la información está en nuestra página web.")
      /^(?:(?:toda la |más )?información (?:está |se encuentra |disponible )?en (?:nuestra|la) (?:página web|web|sitio web)|(?:los horarios|el calendario|el programa) (?:están? (?:publicados?|disponibles?)|se pueden? consultar) en (?:nuestra|la) (?:página web|web|sitio web)|consult[ae] (?:nuestra|la) (?:página web|web|sitio web))\b/iu,
      // sesión 30: un aviso de la lista, el mapa o el detalle que la página publica abajo
      /^(?:A continuación,? (?:te (?:presentamos|dejamos|compartimos)|puedes (?:ver|consultar)|(?:la|el) (?:lista|listado|mapa|detalle))\b|Abajo (?:puedes|podrás) (?:ver|consultar)\b|Aquí (?:te dejamos|puedes consultar) (?:la lista|el listado|el mapa)\b)/u,
      // sesión 30: una verificación de edad o un aviso de contenido sensible sobre la nota
      /^(?:(?:Este artículo|Este contenido|Este video|Este vídeo|Esta nota|Esta página) (?:contiene|puede contener|incluye) (?:contenido|imágenes|escenas|detalles|descripciones)\b.{0,80}\b(?:adultos|menores|18|perturbador(?:es|as)?|sensibles?|gráfic[oa]s?)|Por favor,? confirme que tiene (?:al menos |más de )?18 años\b|(?:Verificación de edad requerida|Contenido sensible)\b|Se recomienda discreción\b)/u,
      // sesión 30: una página en directo o una nota actualizada que habla de su propia cobertura (en vivo, se actualiza, terminó)
      /^(?:Sigue (?:aquí |en directo |en vivo )?(?:el minuto a minuto|la última hora|nuestra cobertura|la transmisión|las (?:últimas )?(?:noticias|novedades|actualizaciones))(?![\p{L}])|Te (?:contamos|informamos) (?:aquí )?(?:en directo|en vivo|minuto a minuto)\b|(?:Esta|La|Nuestra) cobertura (?:en vivo|en directo) (?:ha )?(?:concluido|terminado|finalizado)\b|(?:Esta nota|Este artículo|Esta información|Esta noticia) (?:será|está siendo|se irá|se está) actualiza)/u,
      // session 29: the page about its own making: a blog engine's entry footer, which language versions it has, a pointer to
      // its own layout or to a link or another story of its own, a prose credit for the picture on the front page
      /^(?:Esta entrada (?:fue publicada|se publicó) en\b|Guarda el enlace permanente|(?:Este artículo|Esta página|Este contenido|Esta noticia) (?:no está disponible|(?:solo|sólo) está disponible) en \p{Ll}+|Puedes? leer (?:su|la) versión en\b|(?:Ver|Vea|Consulte|Mira) (?:abajo|más abajo)\b|(?:Foto|Imagen|Fotografía) (?:de portada|principal|destacada)\s*[:–—-]\s*\S|(?:Puedes?|Pueden) (?:consultar|ver|descargar|revisar)(?:lo|la|los|las)? (?:[\p{L} ]{1,30} )?en (?:este|el siguiente) enlace\b|(?:De esto|Sobre esto|De ello) (?:ya )?(?:hablamos|informamos) en (?:una|otra) (?:nota|noticia))/u,
      // session 28: the page speaking to its reader about itself (a paywall, consent or availability notice), a read-more
      // prompt run on after the last sentence, a prompt for the full recording, a broadcaster's promise of its own report
      /^(?=.*(?:navegador|cookies?\b|javascript|bloqueador de anuncios|\bsuscri(?:p|b)\w*|inici[ae] sesión|notificaci(?:ón|ones)|\b(?:este|nuestro) (?:sitio|artículo|portal)\b|esta (?:web|página)|datos personales))(?=.*\b(?:usted|ustedes|su|sus|tú|tu|tus|te|vos)\b)(?!.*[«"“][^«»"“”]{25,}[»"”])/iu,
      /^(?:continúa leyendo|continuar leyendo|sigue leyendo|seguir leyendo|lee la (?:nota|noticia) completa)\b|^(?:escuch|mir|ve)[ae]? (?:la|el) (?:información|entrevista|nota|noticia|reportaje|vídeo|video|programa) complet[oa]\b|\bmás (?:detalles|información) en (?:la|el|nuestra|nuestro) (?:edición|informativo|noticiero)\b/iu,
      // a correction notice, and an author's bio line (session 26)
      /^(?:fe de erratas|corrección|aclaración|nota (?:de la redacción|del editor)|rectificación)\s*:|\buna versión (?:anterior|previa) de (?:esta|este) (?:noticia|artículo|nota|información)\b/iu,
      /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2} es (?:\p{L}+ )?(?:periodista|redactora?|reportera?|corresponsal)\b/u,
      // page chrome said in a sentence: cookie notices, an old page, a player the browser cannot show
      /\b(?:(?:t[uú]|su) navegador no (?:es compatible|soporta|admite|permite)|(?:este|esta) (?:sitio|web|página)(?: web)? (?:usa|utiliza) cookies|(?:utilizamos|usamos) cookies|este artículo tiene más de \S+ años)/iu,
      /\b(?:nuestro (?:periodismo|trabajo) (?:es|cuesta|depende)|apoya (?:nuestro|el periodismo)|haz una donación|suscríbete para)\b/iu],
    appeals: /^(?:(?:la policía|las autoridades) (?:pide|piden|solicita|solicitan) (?:a )?(?:cualquier|quien|los testigos|la ciudadanía)|quienes? (?:tenga|tengan) información)/iu,
    credits: /^(?:traducido por|traducción(?: de)?:?|editado por|edición:|con información de|redacción:)\s/iu,
    support: /^(?:apóyanos|apoya(?:nos)? (?:el|nuestro|al)|suscríbete|hazte (?:socio|suscriptor|miembro)|dona(?:nos)?\b|haz una donación)|\bel periodismo (?:local )?(?:independiente )?(?:cuesta|tiene un (?:costo|coste))\b/iu,
    // a sentence that promises the story instead of telling it: an explainer's teaser, a reporter's hand-off (session 27)
    teasers:
      /^(?:[\p{L}-]+\s+){0,4}(?:explica|explican|explicamos|contamos|detallamos)\s*,?\s*(?:por qué|cómo|qué|quién|quiénes|dónde|cuándo|cuánto|cuántos|cuántas|cuál|cuáles|si|lo que)\b[^:;]{0,160}$|^(?:Esto es lo|Lo) que (?:sabemos|se sabe)\b|^(?:Todo lo|Lo) que (?:debes|tienes que|hay que) saber\b|^(?:Informa|Reporta|Amplía la información|Nos cuenta)\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\.?$|^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s(?:nos (?:informa|cuenta)|tiene (?:los detalles|más información))\.?$/u,
    // session 31: the words a credit line opens with ("Foto: …", "사진=…"), read by the line rule and the caption-copy rule
    creditWords: ['foto', 'fotos', 'fotografía', 'imagen', 'imágenes', 'gráfico', 'ilustración', 'crédito', 'créditos', 'fuente', 'video', 'vídeo'],
    // session 31: the labels of page chrome printed as "label: value" (stamps, author, tags, share, phone, address, "read also"):
    // a field line under one is no claim; under any other label a value with a figure or a clause is content (lines.ts)
    chromeLabels: ['publicado', 'publicado el', 'publicado por', 'actualizado', 'última actualización', 'fecha', 'autor', 'autora', 'por', 'redacción', 'etiquetas', 'temas', 'tema', 'categoría', 'categorías', 'sección', 'compartir', 'comparte', 'imprimir', 'correo', 'correo electrónico', 'email', 'e-mail', 'teléfono', 'tel', 'fax', 'dirección', 'domicilio', 'contacto', 'informes', 'más información', 'tiempo de lectura', 'lectura', 'comentarios', 'lee también', 'leer más', 'te puede interesar', 'te recomendamos', 'noticias relacionadas', 'lo más leído', 'temas relacionados', 'más noticias', 'relacionados', 'también te puede interesar', 'lo más visto', 'fecha de creación', 'fecha de publicación'],
    captionCredit: /(?:\((?:Foto|Imagen|EFE|AFP|Reuters|AP|EP)[^()]{0,60}\)|(?:\/|\|)\s*(?:EFE|AFP|Reuters|AP|Europa Press)|\b(?:Foto|Imagen|Fotografía)\s*:\s*[^.]{1,60}|\bEFE\/[^.]{1,40})$/iu,
    comments: {
      header: /^(?:\d+\s+)?(?:comentarios?)(?:\s*\(\d+\))?:?$|^(?:sé el primero en comentar|deja (?:un|tu) comentario|(?:ver|mostrar|leer) (?:los |todos los )?(?:\d+ )?comentarios|los comentarios están cerrados)/iu,
      meta: /^(?:responder|denunciar|reportar|me gusta|\d+ (?:me gusta|respuestas?)|hace (?:\d+|una?|unos|unas) (?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)|@[\w.]{2,30})$/iu,
      greeting: /^(?:hola|buen(?:os|as) (?:días|tardes|noches))\b/iu,
    },
  },
  bylines: {
    patterns: [
      /^[(\[]?(?:[Pp]or|POR|[Rr]edactado por|[Ee]scrito por|[Tt]exto:|[Rr]eportaje de|[Pp]ublicado por)\s*:?\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|y|de|del|la)){0,6})\s*(?:[|/,–—-].{0,60}|\s(?:el|a las|hace)\s.{0,50})?[)\]]?$/u,
      // "Autora: Ana Ruiz", "Texto y fotos: Ana Ruiz", "De nuestra corresponsal en Quito, Ana Ruiz"
      /^(?:[Aa]utor(?:a)?\s?:|[Tt]exto y fotos?\s?:|[Dd]e nuestr[oa] (?:corresponsal|enviad[oa] especial)(?:\s+en\s+[\p{L} ]{2,30}?)?,?)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|de|del|y)){1,3})$/u,
      // a desk as the author: "Redacción | 12/05/2024", "Redacción Sucesos - …", "Redacción · Madrid · 27 nov 2026"
      // or run into its date line with no separator: "REDACCIÓN Miércoles, 1 de marzo 2023", "Redacción 12/05/2024 10:00"
      /^((?:[Rr]edacción|REDACCIÓN)(?:\s+\p{Lu}[\p{L}]+){0,2})\s*(?:[|/–—·•-]\s*.{1,60}|\s(?:[Ll]unes|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|[Dd]omingo|\d{1,2}[\s/.-]).{1,50})$/u,
      // an agency credit as the byline: "Agencias DyN y Télam |", "Agencia EFE"
      /^((?:Agencias?|AGENCIAS?)\s+\p{Lu}[\p{L}.-]*(?:\s*(?:,|y|e)?\s+\p{Lu}[\p{L}.-]*){0,4})\s*[|/]?$/u,
      // "Juan Pérez | Periodista Digital: Cooperativa.cl", "Ana Ruiz, corresponsal", "Luis Gil - Enviado especial"
      /^(\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|del|y)){1,4})\s*[,|/–—-]\s*(?:[Pp]eriodista|[Rr]edactor(?:a)?|[Cc]orresponsal|[Ee]nviad[oa] especial|[Rr]eporter[oa]?|[Cc]olaborador(?:a)?|[Cc]ronista|[Ff]otoperiodista)(?:\b.{0,60})?$/u,
    ],
    // common given names: a name alone above the headline or run on after the last sentence signs the page when it opens with one
    givenNames: [
      'ana', 'marta', 'maría', 'maria', 'lucía', 'lucia', 'laura', 'carmen', 'pilar', 'elena', 'isabel',
      'cristina', 'paula', 'sara', 'raquel', 'silvia', 'beatriz', 'patricia', 'rocío', 'rocio', 'mercedes',
      'teresa', 'rosa', 'alicia', 'andrea', 'natalia', 'irene', 'sonia', 'susana', 'eva', 'mónica', 'monica',
      'julia', 'nuria', 'inés', 'ines', 'marina', 'clara', 'alba', 'noelia', 'lorena', 'verónica', 'veronica',
      'sandra', 'gloria', 'esther', 'amparo', 'consuelo', 'dolores', 'montserrat', 'begoña', 'yolanda', 'virginia',
      'miriam', 'belén', 'belen', 'juan', 'josé', 'jose', 'luis', 'carlos', 'javier', 'antonio', 'manuel',
      'francisco', 'pedro', 'miguel', 'jesús', 'jesus', 'alberto', 'fernando', 'jorge', 'pablo', 'sergio', 'david',
      'daniel', 'alejandro', 'rafael', 'ángel', 'angel', 'andrés', 'andres', 'ramón', 'ramon', 'enrique', 'diego',
      'álvaro', 'alvaro', 'ignacio', 'óscar', 'oscar', 'raúl', 'raul', 'rubén', 'ruben', 'víctor', 'victor',
      'roberto', 'gonzalo', 'emilio', 'iván', 'ivan', 'jaime', 'joaquín', 'joaquin', 'santiago', 'guillermo',
      'adrián', 'adrian', 'mario', 'eduardo', 'ricardo', 'hugo', 'marcos', 'tomás', 'tomas', 'agustín', 'agustin',
      'gustavo', 'gerardo', 'héctor', 'hector', 'arturo', 'sebastián', 'sebastian',
    ],
    // the nouns newspapers and stations are named with: "Outlet | Name  date" names the person after the outlet
    // session 30: nouns places and institutions are named with; a caption of two or three capitalised words opening with one
    // ("Biblioteca Vilalba", "Rathaus Lindental") names a place, not the author (from the language's common nouns, not a page)
    placeWords: ['biblioteca', 'piscina', 'ayuntamiento', 'concello', 'plaza', 'parque', 'calle', 'avenida', 'museo', 'mercado', 'iglesia', 'colegio', 'instituto', 'hospital', 'teatro', 'polideportivo', 'auditorio', 'palacio', 'castillo', 'ermita', 'catedral', 'escuela', 'universidad', 'comisaría', 'estación', 'playa', 'puerto', 'barrio',
      // session 33 (bylines12): the nouns Latin American neighbourhoods are named with: a line in capitals opening with one
      // ("SECTOR FÁTIMA", "COLONIA CENTRO") heads a neighbourhood's part of a report, no author (general knowledge)
      'sector', 'colonia', 'fraccionamiento', 'urbanización', 'ejido', 'jardines', 'residencial', 'zona'],
    // session 31 (bylines10): the agencies the press prints as the author, and an agency's noun (general knowledge, not a page)
    agencies: ['EFE', 'Agencia EFE', 'Europa Press', 'EUROPA PRESS', 'Servimedia', 'SERVIMEDIA', 'Colpisa', 'COLPISA', 'Notimex', 'NOTIMEX', 'Prensa Latina', 'ANSA', 'AFP', 'Reuters', 'AP', 'Xinhua'],
    agencyWords: ['agencia'],
    // session 32 (bylines11): the picture agencies a bracketed credit names (boilerplate.ts PHOTO_AGENCY, moved here as it
    // was, case as printed), and the words a name line never opens with (author-lines.ts FUNCTION_WORD, moved as it was)
    creditAgencies: ['EFE', 'ANSA'],
    functionWords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'en'],
    // session 32 (bylines11): the labels a writer's credit opens with, lowercase, from each press's usage (general
    // knowledge, not a page): the label alone on its line over the name ("Text und Bilder:" / "Merle Radtke"), or run in
    // before it on the line closing the text ("Artikel von Isabel Meyer", "Fotos: X / Nota: Y")
    writerLabels: ['texto', 'textos', 'texto y fotos', 'texto y fotografías', 'nota', 'redacción', 'autor', 'autora', 'escrito por', 'crónica', 'reportaje', 'nota de', 'texto de', 'texto/fotos', 'texto y foto', 'fotos y texto', 'foto y texto', 'fotografías y texto'],
    // session 34 (bylines13): the word "author" as a label, the desk's own name as a credit, the words that end a credit's value
    authorWords: ['autor', 'autora'],
    deskNames: ['redacción', 'redaccion'],
    creditEndWords: ['foto', 'fotos', 'fotografía', 'fotografías'],
    // session 35: what may follow the outlet's name in the author slot (author-lines.ts outletInSlot)
    slotWords: { published: ['Publicado', 'Actualizado'], afterPublished: ['el'], time: ['a las'], readingTime: ['Lectura'] },
    // session 33 (bylines12): a CMS's "more by" box, a forum post's heading around the poster's user name, a template's
    // unfilled author field (general knowledge, not a page)
    moreBy: { before: ['más noticias de', 'más artículos de', 'otras noticias de', 'otros artículos de', 'más notas de', 'ver más de', 'todas las noticias de'] },
    posterLabels: { before: ['publicado por', 'enviado por', 'escrito por'], after: ['escribió', 'dijo', 'ha escrito'] },
    placeholders: ['nombre del autor', 'nombre del autor/a', 'autor'],
    avatarLabels: ['Foto del escritor', 'Foto del autor'],
    pressOffices: ['gabinete de prensa', 'oficina de prensa', 'departamento de comunicación', 'dirección de comunicación social', 'comunicación social'],
    outletWords: /(?<![\p{L}])(?:[Dd]iario|[Pp]eriódico|[Hh]eraldo|[Cc]orreo|[Cc]rónica|[Gg]aceta|[Nn]oticias|[Ee]co|[Vv]oz|[Mm]undo|[Pp]aís|[Ii]nformación|[Rr]adio|[Tt]elevisión|[Cc]adena|[Ee]misora)(?![\p{L}])/u,
  },
  // month and weekday names as pages print them in date lines and stamps (dates.ts, stamps.ts, abbreviations.ts and
  // author-lines.ts read them through extract/date-words.ts); the full name first, then other spellings and abbreviations
  dates: {
    months: [
      ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
      ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic'],
    ],
    weekdays: [['lunes'], ['martes'], ['miércoles', 'mié'], ['jueves', 'jue'], ['viernes', 'vie'], ['sábado', 'sáb'], ['domingo', 'dom']],
    // (session 34) around a date in a stamp, besides the chrome labels (title-chrome.ts)
    stampWords: ['hrs', 'horas', 'hora', 'del', 'actualizado', 'act'],
  },
  // the words sourcing.ts finds people and bodies by (moved from the engine in session 31, unchanged)
  names: {
    bodyHeads: /Ministeri\p{L}*|Departamento|Agenc[yi]a?|Institut\p{L}*|Servicio|Dirección|Centro|Hospital|Polic\p{L}*|Guardia Civil|Aemet|Ayuntamiento|Prefectura|Gobierno|Consejo|Tribunal|Fiscalía|[Cc]lub|[Ee]mpresa|[Aa]sociación/u,
    bodyNouns: /^(?:la|el)\s*(?:institución|entidad|organismo|instituto)$/iu,
    // (session 35, src14) …el sindicato, la empresa, la compañía, la clínica
    privateBodyNouns: /^(?:la|el)\s*(?:club|asociación|sindicato|empresa|compañía|clínica)$/iu,
    initialsSkip: /^(?:de|del|la|las|los|el|y|e)$/iu,
    ageNouns: /^(?:el|la)\s(?:joven|hombre|mujer|anciano|anciana|vecino|vecina|varón|menor)\s(?:de\s)?(\d{1,3})\saños$/iu,
    ageInBrackets: /años/u,
    ageAfterCommaBefore: /de\s/u,
    ageAfterComma: /años/u,
    openers: /^(?:Según|Para|Por|Con|Desde)$/u,
    // (session 32: moved from sourcing.ts, unchanged)
    weakRoles: /vecin[oa]s?|residentes?|habitantes|testigos?/u,
    notNames: /^(?:El|La|Los|Las|Un|Una)$/u,
    nameConnectors: /de|la|del|y/u,
  },
  // (session 34) check-worthiness's coarse signals (extract/checkworthiness.ts), as the other packs give theirs: a number
  // word, a date word, an event's verb (nothing to drop as opinion), and the words of an opinion, a speaker's own view and
  // scorn only: "debería" and "hay que" also state a rule or a demand ("Hay que evaluar daños estructurales primero.", the
  // reporter's, and "Reclaman que … debería tener un mantenimiento constante" were lost as opinion on spent byline pages).
  // Between word boundaries, which without /u see no accented letter: a preterite in -ó is its stem before the "ó" ("aumentó")
  checkworthiness: {
    numberWords: ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'cien', 'cientos', 'mil', 'miles', 'millón', 'millones', 'docenas?', 'decenas', 'centenares', 'mitad', 'doble', 'triple'],
    dateWords: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'anoche', 'hoy'],
    factualVerbs: [
      'detenid[oa]s?', 'arrestad[oa]s?', 'herid[oa]s?', 'muert[oa]s?', 'fallecid[oa]s?', 'fallecieron', 'murieron', 'evacuad[oa]s?', 'incautad[oa]s?', 'condenad[oa]s?', 'robad[oa]s?',
      'aumentaron', 'disminuyeron', 'crecieron', 'aprobaron', 'inauguraron', 'construyeron', 'registraron', 'cerraron',
      '(?:aument|disminuy|creci|falleci|muri|rob|aprob|inaugur|construy|registr|cerr)(?=ó(?![a-záéíóúüñ]))',
    ],
    opinionWords: ['creo que', 'pienso que', 'opino que', 'en mi opinión', 'a mi juicio', 'vergonzos[oa]', 'ridícul[oa]'],
  },
  suspects: {
    accused: /(?<![\p{L}])(?:sospechos[oa]s?|detenid[oa]s?|arrestad[oa]s?|imputad[oa]s?|investigad[oa]s?|presunt[oa]s? (?:autor(?:a|es|as)?|agresor(?:a|es|as)?|ladr[oó]n(?:a|es|as)?|homicida))(?![\p{L}])/iu,
    questioning: /(?<![\p{L}])(?:en (?:su|sus) declaraci(?:ón|ones)|(?:durante|en) (?:el|su) interrogatorio|ante (?:los agentes|la policía|los investigadores|el juez|la jueza)|a los (?:agentes|investigadores|policías)|en (?:dependencias policiales|comisaría))(?![\p{L}])/iu,
    admits: /(?<![\p{L}])(?:confes(?:ó|aron)|(?:ha|han|había|habían) (?:confesado|admitido|reconocido|negado)|admiti(?:ó|eron)|reconoci(?:ó|eron)|neg(?:ó|aron)|niegan?)(?![\p{L}])/iu,
    says: /(?<![\p{L}])(?:dijo|dijeron|declar(?:ó|aron)|explic(?:ó|aron)|asegur(?:ó|aron)|manifest(?:ó|aron)|relat(?:ó|aron)|afirm(?:ó|aron)|aleg(?:ó|aron))(?![\p{L}])/iu,
  },
  // (session 34) page chrome in the headline's place (title-chrome.ts): skip links, the site's interface words
  pageChrome: {
    skipLinks: /(?:ir al contenido(?: principal)?|saltar al contenido(?: principal)?|saltar a la navegación|ir a la navegación)(?![\p{L}])/u,
    interfaceWords: ['menú', 'menu', 'navegación', 'buscar', 'búsqueda', 'compartir', 'imprimir', 'suscribirse', 'suscríbete', 'suscripción', 'suscripcion', 'iniciar', 'sesión', 'registrarse', 'boletín', 'selecciona', 'emisora', 'emisoras', 'logo', 'logotipo', 'publicidad', 'banner', 'facebook', 'twitter', 'whatsapp', 'instagram', 'youtube', 'telegram', 'comentar', 'comentarios'],
  },
}
