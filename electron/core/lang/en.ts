// English: the language of most wire copy and of Daily NK's English edition.
import type { LanguagePack } from './types'

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  numbers: {
    values: {
      ...Object.fromEntries(UNITS.map((w, i) => [w, i])),
      ...Object.fromEntries(TENS.map((w, i) => [w, (i + 2) * 10])),
    },
    smallScales: { hundred: 100 },
    largeScales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 },
    approximate: { dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6, several: 3, scores: 40 },
    joiners: ['and'],
    decimal: '.',
    bounds: {
      'at least': 'at-least',
      'no fewer than': 'at-least',
      'as many as': 'at-most',
      'up to': 'at-most',
      'at most': 'at-most',
      'no more than': 'at-most',
      'more than': 'more-than',
      'over': 'more-than',
      'less than': 'less-than',
      'fewer than': 'less-than',
      'under': 'less-than',
      'about': 'about',
      'around': 'about',
      'roughly': 'about',
      'some': 'about',
      'nearly': 'about',
      'almost': 'about',
      'approximately': 'about',
      'an estimated': 'about',
    },
  },
  attribution: {
    before: /\b(?:according to|citing|as reported by|quoted by|cited by)\s+/i,
    // session 30 (speakers9, lead decision "a verb of saying is a cue by its grammar"): the reporting verbs of the English
    // reference grammars (Quirk et al., Comprehensive Grammar §16.31; Biber et al., Longman Grammar §§ 11.2-11.3, speech-act and
    // communication verbs taking a that-clause) that the list lacked or had in one form only — acknowledge(s), concede(s),
    // contend(s/ed), maintain(s/ed), caution(s), reply/replied, respond(ed), answer(ed), counter(ed), reiterate(d), repeat(ed),
    // declare(d), affirm(ed), assure(d), reassure(d), vow(ed), pledge(d), speculate(d), hint(ed), mention(ed), specify/specified,
    // elaborated, summarize(d), relay(ed), post(ed), tweet(ed), testifies, detail(ed), clarify/clarified, disclose(s), stress(es),
    // underline(d), underscore(d), predicts, forecasts, asserts, claims, points out — each only in a frame of reported
    // speech: before "that" (after an addressee too: "assured residents that"), before a colon, or closing its clause ("…, the
    // mayor replied."); a third person in -s that is also a plural noun ("reports", "claims", "details", "posts", "states",
    // "forecasts", "answers", "hints", "mentions" …: "there were reports that …") is left out, its past form kept; and the progressive of reporting ("is cautioning", "were warning"). "posted bail", "answered the door",
    // "declared an emergency", "detailed plans" take no clause and stay actions.
    verbs:
      /\b(?:(?:(?:a(?:d(?:mitted|vised|ded)|ss(?:ure(?:d|s)|erts)|n(?:nounced|swered)|cknowledge(?:d|s)|ffirm(?:ed|s)|lleged|rgued)|re(?:c(?:ount(?:ed|s)|alled)|p(?:lie(?:d|s)|eated)|iterate(?:d|s)|assure(?:d|s)|spond(?:ed|s)|vealed|layed)|c(?:o(?:n(?:c(?:lude(?:d|s)|edes)|tend(?:ed|s)|firmed)|mplained|untered)|larifie(?:d|s))|s(?:u(?:mmari(?:se(?:d|s)|ze(?:d|s))|rmised)|pec(?:ulate(?:d|s)|ifie(?:d|s))|tated)|p(?:r(?:oclaimed|edicts)|o(?:ints out|sted)|ledged)|d(?:e(?:clare(?:d|s)|tailed|nied)|iscloses)|m(?:aintain(?:ed|s)|entioned|used)|e(?:laborated|stimated|xplained)|under(?:score(?:d|s)|lined)|t(?:estifies|weeted|old)|not(?:ified|ed)|w(?:arned|rote)|insisted|observes|quipped|hinted|joked|vowed))(?=\s+(?:(?:the |a |an |his |her |their )?[\w'’-]+ |(?:on|in|to) (?:the |a |its |his |her |their )?[\w'’-]+ )?that\b|\s*:|\s*[.,;!?]|\s*$)|(?:is|are|was|were) (?:cautioning|warning|saying|reporting|advising|telling|urging|stressing|insisting|reminding|noting|explaining|claiming|alleging|acknowledging)(?=\s)|(?:issued|issues|has issued|have issued)(?= (?:a|an) (?:statement|warning|advisory|alert|notice)\b)|said|says|say|told|tells|indicated|noted|notes|added|adds|explained|explains|stated|claimed|reported|confirmed|confirms|announced|announces|warned|warns|insisted|insists|argued|argues|revealed|reveals|wrote|writes|disclosed|alleged|alleges|asserted|stressed|emphasi[sz]ed|lamented|laments|lament|complained|complain|complains|acknowledged|admitted|admits|denied|denies|recalled|recalls|observed|estimated|estimates|predicted|testified|remarked|commented|cautioned|conceded|contended|maintained|learned|learnt|found|finds|shows|showed|show|documented|suggested|suggests|asked|attributed|blamed|urged|urges|pointed out|(?:is|are) confirming|recounted|described|informed|criticized|criticised|obtained|reviewed|verified)\b/gi,
    // (session 34) verbs that state only with an office as subject (read by officeAtWork, as de/es/fr's officeVerbs): its belief
    // ("Authorities believe the driver …", "Firefighters believe it started …": the office's view of the event, README s33
    // lead decision: a version held is the office's, and a hedge) and its refusal to disclose ("Police have not released his name",
    // "The sheriff's office has not identified the suspect", "TPD does not currently identify the officer": README s33, refusals
    // are the source's claims; the negation stands before the verb, outside the cue, so a refusal carries nothing forward, as "did
    // not say" does, and the auxiliary and negation close no speaker span: `spanTrailingWords`)
    spanTrailingWords: /not|n['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|hadn['’]t|wouldn['’]t|did|does|do|has|have|had|would|yet|currently|immediately|publicly/iu,
    officeVerbs:
      /\b(?:believe|believes|believed|(?<=(?:has|have|had|did|does|do)(?: not|n['’]t)(?: yet| currently| immediately| publicly)? )(?:released|release|identified|identify|named|name|disclosed|disclose)|(?<=(?:has|have|had) yet to )(?:release|identify|name|disclose)|(?<=would not )(?:release|identify|name|disclose))\b/giu,
    evidenceVerbs: /^(?:found|finds|shows|showed|show|documented|suggested|suggests|estimated|estimates|learned|learnt|obtained|reviewed|verified)$/i,
    // the speech act of a party is the event: a suspect who admits or denies, a demand, a warning given to someone
    partyNouns: /\b(?:the|a|an) (?:(?:\d{1,3}-year-old|young|elderly|alleged|male|female) )?(?:suspects?|defendants?|accused|driver|motorist|victim|man|woman|teenager|boy|girl|resident|tenant|owner|homeowner|passenger|patient|prisoner|inmate|intruder|burglar|gunman|attacker)\b/iu,
    partyVerbs: /^(?:admitted|admits|confessed|confesses|denied|denies|demanded|demands|warned (?:him|her|them|the|a|an|his|their|residents|neighbou?rs)\s)/iu,
    pronouns: { singular: ['he', 'she', 'it'], plural: ['they', 'we'] },
    // the outlet's own reporter or its own research (moved from sourcing.ts's OWN_REPORTER, session 34 review, output-identical)
    ownReporter: /\b(?:our (?:reporter|correspondent)|our (?:own )?(?:review|analysis|reporting|investigation|calculations?|count|tally|examination))\b/iu,
    // (session 31, ruko4) carry.ts's words, moved here output-identical (types.ts, the fields after `pronouns`)
    recapCues: /previously|earlier/iu,
    // (session 33) and the preliminary investigation or results ("According to the preliminary investigation, …")
    provisionalFindings: /(?:the )?(?:preliminary|initial|early|first) (?:findings|information|reports?|investigations?|results)(?: of the investigation)?/iu,
    // (session 34, ruko7; lead ruling 6) an official examination's finding: "The autopsy showed", "an autopsy revealed", "according
    // to the autopsy", "the medical examiner's report found"
    examinationFinding: /(?<![\p{L}])(?:(?:[Tt]he|[Aa]n) (?:autopsy|post-mortem|postmortem)(?: \p{L}+){0,3} (?:showed|revealed|found|confirmed|determined|indicated)|[Aa]ccording to (?:the )?(?:autopsy|post-mortem|postmortem|medical examiner)(?:['’]s (?:report|findings))?)(?![\p{L}])/u,
    toldTheInquiry: /(?:told|tell|tells|telling) (?:the )?(?:police|investigators|detectives|officers|deputies|troopers)/iu,
    firstPersonSubject: /I/u,
    firstPerson: /I|I['’]m|we|my|me/iu,
    speakerHeading: /^(?:the )?(?:reaction|reactions|view|word|words|verdict) (?:from|of) /iu,
    // (session 35, src14) unnamed members of an employer (sourcing.ts classifySpeaker: `anon` when the employer is a private body)
    membersOf: /^(?:(?:a|an|the|some|two|three|several|other|one of the)\s+)?(?:officials?|representatives?|members?|staff(?:ers| members)?|employees?|workers?|leaders?|executives?|managers?)\s+(?:for|of|from|at|with)\s+(.{2,80})$|^(?:(?:a|an|the|some|two|three|several|other)\s+)?((?:labou?r |trade )?union|company|firm|clinic)\s+(?:officials?|representatives?|members?|leaders?|executives?|staff(?:ers| members)?|employees?|workers?)$/iu,
    negation: /not|never|no/iu,
    negationClitic: /n['’]t/iu,
    writerSumsUp: /in any case|in any event|either way|anyway|be that as it may|whatever the case|as a reminder/iu,
    secondStrand: /meanwhile|separately|in a separate (?:development|incident|case)|in the meantime/iu,
    complementizers: /that/iu,
    stressedPronouns: /he|she/u,
    // "the coach said", "the former striker said": a sports or expert role for the person just named, like a pronoun
    roleNouns: /^the same (?:source|sources|official|officials|spokes(?:man|woman|person))$|^the (?:(?:former|veteran|longtime|head|assistant|team['’]s|club['’]s|\d{1,2}-year-old) ){0,2}(?:coach|manager|striker|forward|midfielder|defender|goalkeeper|keeper|quarterback|player|skipper|veteran|forecaster|meteorologist)$|^the (?:news |press )?(?:release|statement)$/iu,
    // "a passerby reported the fire", "police asked residents to stay inside", "the family learned of …": actions, not reports
    actionFrames:
      /^(?:(?:notified|alerted|called) (?:the )?(?:police|authorities|deputies|officers|firefighters|fire department|sheriff['’]s office|911|paramedics)\b|reported (?:a |an |the |some )?(?:[\p{L}-]+ ){0,2}(?:fire|blaze|smoke|crash|collision|accident|burglary|break-in|theft|robbery|shooting|incident|disturbance|assault|body|gas leak)s?\b|(?:asked|urged|advised|reminded|warned|informed) (?:\S+ ){0,3}?to (?!the |a |an )\p{Ll}|(?:learned|learnt) (?:of|about)\b|observed (?:a|an|the|him|her|them|\p{L}+ing)\b)/iu,
    // (session 32, speakers11: moved out of the engine, output-identical) "according to the same source": the cue names the source just cited, read as a pronoun
    sameSource: /(?:according to|from) the same (?:source|official|report)/u,
    // (session 32, speakers11) a bare definite noun for a resident or neighbour (the person's place, not any role: "the driver" after another named speaker is someone else) ("the neighbor", "the resident") points
    // back, as a speaker, to the person named just before (engine field personRoleNouns, read by carry); "a neighbor" is new
    personRoleNouns: /^the (?:neighbou?r|resident)$/iu,
    // (session 33) a backward sentence that confirms stays a claim (types.ts confirmingVerbs)
    confirmingVerbs: /\bconfirm(?:s|ed|ing)?\b/iu,
    // (session 33) the Q&A page: a header line naming the one who answers ("Q&A with Fire Chief Dana Ruiz", "An interview with
    // Sheriff Tom Lee", "Interview: Mayor Ann Cole"), and the turn marks ("Q:", "A:")
    interviewHeader: /^(?:(?:A |An )?(?:Q\s?&\s?A|Q and A|[Ii]nterview|INTERVIEW|[Cc]onversation)(?: with|:)|Questions for)\s+(\p{L}[^.!?:]{1,80}?)[.:]?\s*$/u,
    interviewTurns: { question: /^(?:Q|Question)\s?[:.]\s/u, answer: /^(?:A|Answer)\s?[:.]\s/u },
  },
  sources: {
    anonymous:
      /\b(?:sources?|anonymity|not to be (?:named|identified)|declined to be (?:named|identified)|unnamed|unidentified|insiders?|informants?|(?:person|people|someone) (?:familiar|close|with knowledge)|who (?:requested|asked for) anonymity)\b/i,
    official:
      /\b(?:government|ministry|ministries|minister|KCNA|Korean Central News Agency|Rodong Sinmun|state (?:media|television|TV|news|broadcaster)|state-run|spokes(?:man|woman|person)|police|military|intelligence|fire (?:brigade|department|service|chief)|army|navy|air force|Joint Chiefs|president|prime minister|premier|chancellor|party|Central Committee|Politburo|cabinet|department(?! stores?\b)|(?:school|county|state|city|health|election|elections|zoning|parole|planning|water) board|board of (?:education|supervisors|commissioners|health|elections|aldermen|selectmen)|authority|authorities|agency|officials|embassy|parliament|National Assembly|regime|White House|Kremlin|Pentagon|prosecutors?|court|mayor|governor|commission|central bank|Bank of Korea|statement|sheriff|council|county|coroner|coast guard|the UN|UN (?:officials?|agenc(?:y|ies)|envoy|Security Council|Secretary-General|spokes(?:man|woman|person)|report|panel|mission|experts?)|U\.N\.|United Nations|[A-Z]{1,4}(?:PD|FD)|bureau|FBI|CIA|NSA|DHS|ICE|ATF|DEA|FEMA|NTSB|FAA|CDC|FDA|IRS|TSA|DOJ|CBP|USGS|NOAA|National Weather Service|weather service|(?:National )?Hurricane Center|Storm Prediction Center|weather (?:service )?office|forecast office|National Guard|Secret Service|Border Patrol|Homeland Security|Justice Department|State Department|medical examiner|district attorney|attorney general|state police|troopers?|highway patrol|fire marshal|emergency (?:management|services|officials)|civil defen[cs]e|NHS|Met Office|Scotland Yard|MI5|MI6|NIS|Unification Ministry|city|town|village|township|borough|municipality|city hall|town hall|school district|investigators?|detectives|deputies|officers|firefighters|fire (?:crews|officials|investigators|rescue)|fire and rescue|rescue squad|(?:volunteer )?(?:fire|hose|engine|ladder) compan(?:y|ies)|ambulance service|EMS|paramedics|dispatchers?|911 (?:center|dispatch)|constabulary|police (?:force|service|scotland)|Crown Prosecution Service|CPS|Environment Agency|coastguard|(?:sheriff|coroner|medical examiner|fire marshal|prosecutor|district attorney|state['’]s attorney|attorney general|mayor|governor)['’]s office|public works)\b/i,
    document:
      /\b(?:study|studies|report|reports|survey|paper|white paper|filings?|court (?:documents?|records?|filings?)|records?|data|documents?|statistics|census|analysis|audit|memo|indictment|ruling|assessment|dataset|figures|research|minutes|transcript|budget|index|poll|(?:educational |propaganda |lecture )?materials?|(?:sworn )?statements? (?:of|from) (?:probable cause|charges)|sworn statements?|affidavits?|(?:criminal )?complaints?|(?:police|incident|arrest|crash|accident|autopsy|coroner['’]s) reports?|warrants?|charging documents?|court papers|probable cause|website|web site|webpage|database|register|registry|inventory|logs?)\b/i,
    media: /\b(?:photos?|photographs?|videos?|footage|images?|imagery|pictures?|satellite|screenshots?|recordings?)\b/i,
    institution:
      /\b(?:institute|university|foundation|think tank|NGO|organi[sz]ation|group|company|corporation|corp|inc|association|cent(?:er|re)|researchers?|professor|analysts?|experts?|economist|lawyer|activist|watchdog|charity|network|union)\b/i,
    singleUnnamed:
      /^(?:an?|one|another) (?:\p{L}+[ -]){0,4}(?:official|worker|resident|trader|merchant|employee|defector|soldier|cadre|technician|person|man|woman|farmer|student|witness|driver|smuggler|doctor|teacher|manager|member)\b/iu,
  },
  titles: {
    // capitalised before a name ("Police Chief Mike Arnold"); the lowercase ones are offices even as a
    // descriptor ("police spokeswoman Jane Doe", "said sheriff Tom Lee"), unlike "chief executive"
    official:
      /(?:\b(?:Gov|Sen|Rep|Supt|Sgt|Lt|Capt|Col|Gen|Ofc|Det|Cpl|Insp|Cllr|Cmdr|Maj|Adm|Lt\. Col|Dep|Asst|Atty|Comm|Cmsr)\.(?=\s)|\b(?:Mayor|Governor|President|Prime Minister|Minister|Secretary|Senator|Representative|Chief|Fire Chief|Police Chief|Sheriff|Undersheriff|Commissioner|Ambassador|Spokes(?:man|woman|person)|Superintendent|Supt|Inspector|Detective|Sergeant|Lieutenant|Captain|Colonel|General|Commander|Judge|Justice|Magistrate|Councill?or|Cllr|Councilman|Councilwoman|Council ?member|Alderman|Alderwoman|Alderperson|Selectman|Selectwoman|(?:county|board) supervisor|Chancellor|Premier|Deputy|Director-General|Officer|Constable|Chief Constable|Det(?:ective)? (?:Insp|Sgt|Supt|Con|Ch Insp|Chief Insp)|Ch(?:ief)? (?:Insp|Supt)|PCSO|DCI|Marshal|Fire Marshal|Coroner|Health Officer|Health Commissioner|Health Director|Surgeon General|health officer|health commissioner|(?:county|city|state|public) health (?:director|officer|commissioner)|Medical Examiner|Prosecutor|Solicitor General|Attorney General|District Attorney|State['’]s Attorney|U\.S\. Attorney|Public Defender|City Manager|Town Manager|County Manager|County Executive|County Judge|Corporal|Trooper|Chair(?:man|woman|person)?|Police Commissioner|Emergency Management (?:Director|Coordinator)|(?:public|press|community) (?:information|affairs|relations) (?:officer|director|specialist|coordinator|manager)|PIO|press officer|press secretary|communications (?:director|officer|manager|specialist|coordinator)|spokes(?:man|woman|person)|(?:police|fire|county|city|town|state|department|sheriff['’]s|district|agency|office) (?:chief|spokes(?:man|woman|person)|sergeant|lieutenant|captain|officer|commissioner|inspector|investigator|administrator|manager|director|engineer|attorney)|battalion chief|division chief|deputy chief|assistant chief|fire marshal|sheriff|undersheriff|coroner|prosecutor|mayor|governor|senator|detective|sergeant|lieutenant|superintendent|ambassador|police officer|state trooper|councill?or|council ?member|(?:deputy|assistant) (?:sheriff|district attorney|chief|fire chief|director|commissioner|coroner)|(?:school |county |city |town |village |library |park |water |education )?board (?:member|secretary|president|chair(?:man|woman|person)?|trustee|treasurer|clerk)|(?:School |County |City )?Board (?:Member|Secretary|President|Chair(?:man|woman|person)?|Trustee)|[Tt]rustee|(?:assistant |deputy )?superintendent|(?:county|city|town|village|school district|district) (?:\p{L}+ ){1,2}(?:director|manager|administrator|officer|engineer|attorney|treasurer|clerk)|(?:finance|budget|public works|planning|parks|utilities|transportation|facilities|emergency management) (?:director|manager|officer))\b)/u,
    named: /\b(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Professor|Rev\.?|Father|Sister)\s/,
    // (session 33, lead decision 1) government agencies by name: official whatever the name says ("Centers", "Office",
    // "Institutes"); research centres, universities and private institutes (Pew Research Center, Brookings) are not here
    stateAgencies:
      /(?:Centers? for Disease Control(?: and Prevention)?|CDC|Met Office|National Weather Service|NWS|National Hurricane Center|NOAA|National Oceanic and Atmospheric Administration|Food and Drug Administration|FDA|Environmental Protection Agency|EPA|Office for National Statistics|ONS|UK Health Security Agency|UKHSA|Public Health England|Environment Agency|Health and Safety Executive|Bureau of Labor Statistics|Census Bureau|U\.?S\.? Geological Survey|USGS|National Institutes of Health|NIH|Federal Emergency Management Agency|FEMA|National Transportation Safety Board|NTSB|Federal Aviation Administration|FAA|Bureau of Meteorology|Statistics Canada|Environment Canada|Health Canada|Public Health Agency of Canada|Australian Bureau of Statistics)/u,
  },
  hedges: {
    // (session 28: "was reported to police" is the event reported to an office, not a report of the claim: the first union's "reported to"
    // stops before police, authorities, officers, deputies, 911)
    // every class ends in a guard (session 26): a hedge inside an indirect question or a condition ("to determine whether … possibly", "no word on where … might be") does not
    // hedge the claim (README, "Hedge set, check3")
    patterns: [
      /\b(?:according to (?:unconfirmed|unverified) reports|(?:is|are|was|were|been) (?:widely |also |now )?(?:said|believed|thought|rumou?red|understood|alleged|reported|claimed|suspected|estimated) to(?! (?:the )?(?:police|authorities|officers|deputies|911|sheriff['’]s|firefighters|fire officials|the fire department)\b)|reportedly|allegedly|purportedly|apparently|supposedly|seemingly|ostensibly|presumably|rumou?red|(?:it )?(?:seems|seem|seemed|appears|appear|appeared) (?:to|that|as if)|(?:seems|seem|seemed)\b|it appears|unconfirmed reports?|unverified reports?|is (?:likely|believed|thought) (?:to|that)|may have|might have|could have been(?<!\b(?:if|unless)\b[^.;:!?]{0,120}\bhad\b[^.;:!?]{0,120})(?<!(?:^|[.;:!?]\s+)["'“]?had\b[^.;:!?]{0,120})|there (?:are|were) rumou?rs|probably|possibly|(?:police|officials|investigators|authorities|detectives|prosecutors|they) (?:now |also |still )?believed?|there (?:might|may) be|(?:might|may) belong|(?:might|may) be (?:linked|connected|related|responsible|involved)|(?:is|are|was|were) (?:most )?likely (?:the|a|an|caused|started|linked))\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // not ruled out, as a frame for the claim: "police have not ruled out arson", "cannot be ruled out"
      /(?:\b(?:not|never|cannot)|n['’]t) (?:yet )?(?:been |be )?rul(?:e|ed|ing) out\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // an epistemic modal with a perfect infinitive: "must have been", "could have started", "would likely have"; "may/might have" are in
      // the first union; "could have" with a participle shape only, so "could have a say" stays out
      /\b(?:must|could|should) (?:well |likely |possibly )?have (?:been|\w+(?:ed|en|wn|ung|ought|aught|ade|ot|id|ent|ook|ew|oke|ept|eft|ost|ound|ell|ung|ank|egun|un)\b)(?<!\b(?:if|unless)\b[^.;:!?]{0,120}\bhad\b[^.;:!?]{0,120})(?<!(?:^|[.;:!?]\s+)["'“]?had\b[^.;:!?]{0,120})(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // preliminary findings (README, session 23): "according to preliminary findings", "initial indications are that",
      // "early reports suggest"; not "preliminary charges"
      /\b(?:(?:according to|per|based on) (?:the )?(?:preliminary|initial|early|first) (?:\w+ )?(?:findings|reports?|information|indications|results|assessments?|investigations?|estimates?|accounts?)|(?:preliminary|initial|early) (?:findings|indications|reports|results|investigations?|assessments?|evidence) (?:indicate|indicated|suggest|suggested|show|showed|point|pointed|are that|were that)|preliminarily)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // impersonal belief: "it is understood that", "perhaps", "maybe"
      /\b(?:it is (?:understood|thought|believed|suspected|presumed|assumed) that|perhaps|maybe|presumed)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // (session 34, hedges12: "apparent" joins the class, "two apparent neighbors of the gunman", "an apparent suicide"; "for no apparent reason" has
      // no article or number before it)
      // an attributive alleged-word that asserts (README, "Attributive alleged-words", session 25): after an indefinite article, a
      // number or a quantifier ("a suspected burglar", "11 suspected cases"), or as a role ("arrested as the alleged driver"); not
      // after a definite determiner, where it only names ("the suspected shooter", "the alleged burglary"), and not the legal status
      // "suspected of" (as "soupçonné d'" and "혐의를 받는다")
      /\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens of|\d+) (?:[\w-]+ )?(?:alleged|suspected|purported|apparent)(?! (?:of|in|to|that|by)\b)|as (?:the |an? )?(?:alleged|suspected|purported|apparent))\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // unnamed reports as the frame ("according to media reports", as "Berichten zufolge"); adverbial "likely" on the verb ("the fire
      // likely started", "most likely"); a cause called probable ("the probable cause of the fire", not the legal "had probable cause")
      /\b(?:according to (?:several |some |multiple |local |media |news |press |early )?(?:media )?reports|(?:most |more than )?likely (?=(?:was|were|had|has|have|began|came|started|caused|set|broke|entered|fled|died|occurred|happened|struck|took|left|used|stole|knew|lived|originated)\b)|most likely|the (?:probable|likely) (?:cause|origin|source|motive)s?)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // epistemic "may/might be" with its complement ("may be influenza", "might be the same man"); not the appeals "may be reached /
      // contacted", nor "may be able"
      /\b(?:may|might) (?:well |also |still )?be\b(?! (?:reached|contacted|obtained|able|eligible|required|asked|made|submitted|sent|called|emailed)\b)(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // impersonal likelihood predicates ("it is possible/probable/conceivable that"), "in all likelihood", rumour as the frame ("rumors
      // say", "according to rumors"); not "it is possible to" (an action one may take)
      /\b(?:it(?: (?:is|was|seems|seemed)|['’]s) (?:very |quite |entirely |highly |also )?(?:possible|probable|conceivable|plausible) (?:that|(?=(?:the|a|an|he|she|they|it|this|someone|somebody|his|her|their|one|two|more|other|police|officers)\b))|in all (?:likelihood|probability)|rumou?rs (?:say|said|suggest|suggested|have it)|(?:according to|per) rumou?rs)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // "feared dead/killed/missing" and "reputedly"
      /\b(?:(?:is|are|was|were|been) (?:now )?feared (?:to (?:be|have)|dead|killed|drowned|missing|lost|trapped)|reputedly)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 27: unnamed reports as the frame ("Reports said …", "Local reports, mostly on social media, are showing …", "Media reports
      // suggested …"; README: an unnamed media frame is a hedge, a named outlet is a source); preliminary reports with words between
      // ("Preliminary reports released last Friday show"); "according to available information" (as "по имеющейся информации")
      /(?:(?:^|[,;:(] |\b(?:and|but|while|as) )(?:(?:several|some|many|multiple|local|media|news|press|early|unconfirmed|other|initial|social media) )*reports,? (?:[\p{L}-]+,? ){0,8}?(?:say|said|suggest|suggested|indicate|indicated|claim|claimed|show|showed|state|stated|are showing|were showing|have said|have suggested)\b|\b(?:preliminary|initial|early) (?:findings|indications|reports|results|assessments?) (?:[\p{L}\d-]+ ){1,4}?(?:indicate|indicated|suggest|suggested|show|showed|point|pointed)\b|\baccording to (?:the )?(?:available|existing) (?:information|data)\b)(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 27: a belief stated impersonally or held by the authorities, in the forms the first union lacks: "It is believed the suspect
      // …" (no "that"), "police were presuming", "police suspect the …", a cause that "is suspected" ("Arson is suspected"), and a belief
      // reported after a verb of saying ("radioed that he believed"); not the legal "suspected of", nor "believed by / to" handled above
      /(?:\bit (?:is|was) (?:widely |now |also |still )?(?:believed|thought|suspected|presumed|assumed|alleged)\b(?! (?:by|to)\b)|\b(?:police|officials|investigators|authorities|detectives|prosecutors|deputies|officers|firefighters) (?:were|are|was|is) (?:still |now |also )?(?:presuming|assuming|suspecting|theorizing)\b|\b(?:police|officials|investigators|authorities|detectives|prosecutors|deputies|officers) (?:now |also |still )?(?:presume|presumed|assume|assumed|suspect|suspected) (?:that|the|a|an)\b|\b(?:police|officials|investigators|authorities|detectives|prosecutors|deputies|officers) (?:now |also |still )?(?:think|thinks)\b(?! (?:about|of|so)\b)|\b(?:arson|foul play|homicide|murder|suicide|an overdose|poisoning|a gas leak|an electrical fault|a short circuit) (?:is|was|are|were) (?:not )?(?:being )?(?:suspected|presumed)\b(?! of\b)|\b(?:said|radioed|reported|added|stated|explained|wrote|told (?:\p{L}+ ){1,3}?)(?: that)? (?:he|she|they|police|officers|investigators|officials) (?:believed|believes|suspected|suspects|presumed|assumed)\b)(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 27: adverbial "likely" before any regular past-tense verb ("likely headed", "likely drowned"), beyond the listed ones
      /(?<!\b(?:the|a|an|its|their|his|her|un)\s)\blikely (?=\p{L}{2,}ed\b)(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): an impersonal report verb with no reporter ("It was reported that …", "it is said that") is a hedge:
      // hearsay with no one to answer for it; not "It was reported to police" (the event reported to an office) nor a negated report
      /\b(?<!\b(?:no|not|never)\b[^.;:!?]{0,30})it (?:is|was|has been|had been) (?:also |further |widely |earlier |previously |now )?(?:reported|said|announced|alleged|claimed)\b(?! (?:to|by)\b)(?<!\b(?:whether|(?<!\bas )if)\b[^,.;:!?]{0,160})/iu,
      // session 28 (lead decision): provisional findings ("according to what is known so far", "based on the information available so
      // far", "according to the initial investigation", "Investigators' preliminary assessment is that")
      /\b(?:(?:according to|based on|from) (?:what (?:is|was) known (?:so far|at this (?:time|point))|(?:the )?(?:information|evidence|findings) (?:available|gathered|collected) (?:so far|to date|at this (?:time|point))|the (?:initial|preliminary|early|first) (?:investigation|inquiry|probe|findings|examination|assessment)s?)|(?:initial|preliminary|early) (?:assessment|investigation|examination|autopsy|analysis)s? (?:\w+ ){0,2}?(?:is|was|are|were|indicated|indicates|suggested|suggests|showed|shows|found|finds) (?:that )?)(?<!\b(?:whether|(?<!\bas )if)\b[^,.;:!?]{0,160})/iu,
      // session 28: the reportive "supposedly/allegedly/reportedly" and the passive of belief are corrected in the same sentence by "turned
      // out", "proved", "revealed … not" (rule D: see `corrections`)
      // session 28 (batch 2): an epistemic "could be" with a state ("the suspect could be armed and dangerous", "could be linked to"), not a
      // forecast or a passive ("could be charged", "could be closed"); a theory as the frame ("investigators are working on the theory that",
      // "the leading theory is")
      /\b(?:could (?:well |also |still )?be (?:armed|dangerous|linked|connected|related|responsible|involved|behind|hiding|dead|alive|among|inside|on the run|in the area)|(?:working|leading|main|prevailing|primary) theory|(?:on|under|with) the theory that|one theory is)\b(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 29 (lead decision): a verb of becoming known with no source named ("It emerged on Friday that …", "it later emerged", "it has
      // become known that") is a hedge; not with the place it came out named ("it emerged in court / from documents / during the hearing")
      /\bit (?:has |had |later |subsequently |also |since |then |now |soon |quickly |only )*(?:emerged|became known|has become known)\b(?! (?:in|from|during|at|through|via|under|before)\b)/iu,
      // session 32 (hedges10): unnamed media as the frame or the subject of a verb of reporting (s32 lead decision: "According to local media, …",
      // "Local media reported that …", "Several newspapers said …"), not a named outlet, not state media (an official source), nor the
      // media as the addressee ("told local media that"): the words after "according to" or before the verb name no outlet
      /(?:\baccording to (?:(?:several|some|multiple|various|many|local|national|foreign|international|regional|other|british|american|french|german|russian|turkish|israeli|italian|spanish|ukrainian|news|the) )*(?:media|press|newspapers|news outlets|media outlets|tabloids)\b(?! reports?\b)|(?:^|[.;:!?]\s+|,\s+|\b(?:and|but|while) )(?:(?:several|some|multiple|various|many|local|national|foreign|international|regional|other|british|american|french|german|russian|turkish|israeli|italian|spanish|ukrainian|news) )+(?:media|press|newspapers|news outlets|media outlets|outlets|tabloids)(?: have| had)? (?:reported|report|reports|said|say|says|claimed|claim|suggested|suggest|wrote|write|stated)\b)(?<!\b(?:whether|(?<!\bas )if|(?:on|about|know|knows|knew|determine|determining|establish|unclear|clear|sure|ask|asked|asking|wonder|wondering|investigate|investigating|understand) (?:where|what|who|whom|how|why|when|which))\b[^,.;:!?]{0,160})/iu,
      // session 32: an agency's belief, named by its initials or with an adverb between ("The RCMP currently believes the fire was accidental",
      // "Police currently believe …"), as "police believe"; not a belief in something ("still believes in the system")
      /\b(?:[A-Z]{2,6}(?: (?:currently|now|still|also|initially|strongly))?|(?:[Pp]olice|[Ii]nvestigators|[Aa]uthorities|[Oo]fficials|[Dd]etectives|[Pp]rosecutors|[Dd]eputies|[Oo]fficers) (?:currently|initially|strongly)) believes?\b(?! in\b)/u,
      // session 33 (hedges11): an office's belief in the first person inside a quote ("“We believe this is a domestic-violence homicide,” the
      // chief said", "we suspect the fire was set"), as "police believe"; not a belief in something ("we believe in this community"), not "we
      // think" (an opinion, as "I think", README), nor a forecast ("we believe it will reopen"). Lead decision 3: the possibility or theory
      // the inquiry pursues ("investigators are exploring the possibility that", "pursuing the theory that"), not an inquiry into whether
      // (an indirect question) nor one being investigated ("They were investigating the possibility of arson", tuned: an examination, README
      // session 32), nor a possibility ruled out; a possibility or chance stated as the frame ("there was a strong possibility
      // someone had died"), not a forecast. Provisional findings with their office between ("Preliminary findings from the fire marshal's
      // office indicate …", the s28 decision)
      /\b(?:we (?:now |still |also |strongly |firmly )?(?:believe|suspect|presume|assume)\b(?! in\b)(?![^.;:!?]{0,120}\b(?:will|won['’]t|['’]ll)\b)|(?:exploring|explore|explores|explored|considering|pursuing|pursue|pursues|pursued|working on|weighing) (?:the |a )?(?:possibility|theory|hypothesis|likelihood|scenario) (?:that|of)\b|there (?:is|was|['’]s|remains|remained) (?:a |an )?(?:strong|good|real|distinct|high|definite|serious|very real) (?:possibility|chance|likelihood|probability)\b(?![^.;:!?]{0,120}\b(?:will|won['’]t|['’]ll)\b)|(?:preliminary|initial|early) (?:findings|indications|reports|results|assessments?) (?:by|from|of) (?:the )?(?:[\p{L}\d'’-]+ ){1,5}?(?:indicate|indicated|suggest|suggested|show|showed|point|pointed|found|revealed|are that|were that)\b)/iu,
      // session 33 (hedges11), from the residue of check9 (spent, read as dev): the impersonal belief contracted ("and it's believed the man
      // climbed through …"), as "it is believed"; a negated appearance without "that" ("it doesn't appear Ignacio meant to …"), as "it does
      // not appear that"
      /\b(?:it['’]s (?:widely |also |now |still )?(?:believed|thought|suspected|understood|presumed)\b(?! (?:by|to)\b)|it (?:does|did)(?:n['’]t| not) (?:appear|seem)\b)(?<!\b(?:whether|(?<!\bas )if)\b[^,.;:!?]{0,160})/iu,
    ],
    // session 29: impersonal report and becoming known (a hedge only with no reporter in play), and the object of a denial
    // (session 35, hedges13: and the complex passive of a verb of saying, "The man was reported to be in custody, according to police", "He is
    // said to have fled": the subject raised out of "it was reported that", the same impersonal report (reference grammar); the raised
    // belief verbs, "is believed / thought / suspected to", stay a hedge with a reporter in play, as "police believe" is)
    reportFrames: /\bit (?:was|has been|had been|is|were) (?:\p{L}+ )?(?:reported|said|stated|indicated)|\bit (?:\p{L}+ )*?(?:emerged|became known|has become known)|^(?:is|are|was|were|been) (?:widely |also |now )?(?:said|reported|stated) to$/iu,
    reportedObject: /\b(?:denied|denies|deny|dismissed|dismisses|refuted|refutes|rejected|rejects|debunked)\s(?:\p{L}+\s){0,3}?(?:reports?|claims?|rumou?rs?|allegations?|suggestions?|speculation)\s(?:that|of)\b[^.;!?]{0,160}$/iu,
    // session 28: rule D (README, session 23): a report the same sentence goes on to correct ("an object that was believed to be a raft
    // … turned out to be a cable reel", "their supposedly dead friend … revealed they weren't dead") is not the claim's hedge
    // session 31: a belief superseded by what the sentence goes on to say ("a girl that was thought to have been abducted … told them the
    // situation was a 'misunderstanding'"): the nouns of an alarm that proved empty close rule D's list
    corrections: /\b(?:(?:was|were|had been|been|is) (?:all |just |only |simply )?(?:a |an )?["“'‘]?(?:misunderstanding|hoax|false alarm|prank)|turned out|turns out|proved (?:to be|to have)|proved (?:false|wrong|untrue|unfounded)|was (?:later )?(?:found|shown|confirmed) to (?:be|have) (?:been )?(?:a |an |the )?(?:false|wrong|hoax|mistake|different|someone else)|revealed (?:that )?(?:they|he|she|it) (?:was|were)n['’]?t|(?:was|were) in fact|was actually|were actually|but (?:it |he |she |they )?(?:was|were) (?:actually|really|in fact))\b/iu,
  },
  furniture: {
    lines: [
      // an embedded post's chrome, a station's source note, a promo line that sends the reader elsewhere (session 27)
      /^(?:view this post on (?:instagram|facebook)|a post shared by\b|the source:|for the latest (?:news|updates|headlines|information|local news)\b.{0,120}\b(?:head to|go to|visit|download|follow)\b)/i,
      // a list of timed teasers: "13:30Sports - F1 - …", "07:45 Politics | …"
      /^\d{1,2}[:h]\d{2}\s*\p{Lu}[\p{L}-]{2,20}\s+[-–—|]\s/u,
      /^(?:please (?:direct|send|contact|email|e-mail|write|share|note)|read (?:in|this in|the original|more|also|the full|it in)\b|for more (?:information|news|stories)|click here|subscribe|sign up|follow us|share (?:this|on)|all rights reserved|copyright|©|related(?: articles| stories| coverage| reading| topics)?:?$|related(?: articles| stories| coverage| reading)?:|advertisement|this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|available|updated|translated)|questions about (?:his|her|their|this|our) (?:articles?|reporting|stories)|(?:any )?comments or questions|contact us|sponsored|recommended for you|more from|you (?:may|might) also like|the views expressed|we welcome|if you have a (?:tip|story)|have a (?:news )?tip|send us|download our app|editor['’]s note:|be the first to comment|leave a (?:comment|reply)|(?:\d+\s+)?comments?$|share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|most (?:read|popular|viewed)|trending|newsletter|listen to (?:this|the) (?:article|story)|skip to (?:content|main)|menu|home$|donate|support (?:our|us|independent)|become a (?:member|patron|supporter)|(?:image|photo) (?:credit|source):|media contact|press contact|about [A-Z][\w ]{1,40}$|###$|-ends-|- ?end ?-|sources?:|filed under|posted in|(?:updated|published):?\s|prev(?:ious)?\s+next\b|\[?sources?\s*:|category archive:|archives? for\b|go (?:search|to (?:contents|bottom))|home\s*>|you are here:?)/i,
      // comment forms, share bars and page chrome
      /^(?:your email address will not be published|required fields are marked|(?:leave|post) a (?:reply|comment)|cancel reply|post comment|save my name,? email|notify me of|you must be logged in|log in to (?:leave|post|reply|comment)|comments are closed|this site uses akismet|join the (?:conversation|discussion)|add (?:a|your) comment|continue reading|read more$|copy link|link copied|(?:previous|next) (?:article|post|story)$|thanks for reading|like this:|loading\.\.\.|(?:name|email|website|comment)\s*\*?$)/i,
      /^(?:(?:[a-z]{2,6}(?:-[a-z]{2,6})?\/){1,4}[a-z]{2,6}$|\d+\s*min(?:ute)?s?\.? read|reading time\s*:?)/,
    ],
    sentences: [
      // session 33: a presentative pointing at the interview or the answers printed below ("Here is the interview:", "Below
      // are their answers:"), furniture as a pointer to the list below is
      /^(?:Here (?:is|are)|Below (?:is|are)|The following (?:is|are))\s(?:(?:the|our|their|his|her|an?)\s)?(?:(?:full|edited|complete|lightly edited)\s)?(?:interview|conversation|transcript|answers|responses|questions and answers|Q&A)\b[^.!?]{0,80}:$/iu,
      // session 32: a pointer to the outlet's or the organiser's website or calendar ("Hours are posted on the website.",
      // "Please check the website for updates.", "Full details can be found on our calendar."): the page sends the reader on
      /^(?:(?:(?:the )?(?:opening )?hours|(?:full |more |further )?(?:details|information|updates)|(?:the |a )?(?:complete |full )?(?:schedule|listing|list)\b[^.]{0,60}?) (?:are|is|will be|can be) (?:posted|found|available|listed) on (?:our|the|its|their) (?:website|web ?site|calendar|facebook page)|please (?:check|visit|see) (?:our|the) (?:website|web ?site|calendar)|for (?:more|full|further) (?:details|information),? (?:visit|see|check) (?:our|the) (?:website|web ?site|calendar))\b/iu,
      // session 30: a pointer to a list, map or breakdown the page prints below ("Below, you can see a breakdown of …")
      /^(?:Below,? (?:you (?:can|will) (?:see|find)|(?:is|are) (?:a|the) (?:full )?(?:list|breakdown|map|timeline|rundown))|You (?:can|will) (?:see|find) (?:a|the) (?:full )?(?:list|breakdown|map|rundown) (?:below|here)|(?:A|The) (?:full )?(?:list|breakdown|map|rundown)\b[^.]{0,60}\b(?:is|can be found) below)\b/u,
      // session 30: an age gate or a sensitive-content warning over the story (the page speaking to its reader about itself)
      /^(?:(?:This|The) (?:article|story|page|video|content|gallery) (?:contains|may contain|includes) (?:content|images|material|scenes|details|descriptions)\b.{0,80}\b(?:adults?|minors|18|disturbing|distressing|sensitive|graphic|upsetting)|(?:Please )?confirm (?:that )?you are (?:18|at least 18|over 18|of (?:legal )?age)\b|(?:Age verification required|Sensitive content (?:ahead|below|warning))\b|Viewer discretion is advised\b)/u,
      // session 30: a live page or an updated story speaking of its own coverage (that it runs live, will be updated, has ended)
      /^(?:(?:We|we)(?:['’]ll| will| are|['’]re)(?: continue to| be)? (?:updat(?:e|ing)|follow(?:ing)?|track(?:ing)?|bring(?:ing)? you) (?:this (?:story|article|post|page)|the (?:latest|situation|story)|(?:live )?updates)\b|(?:This|The) (?:story|article|post|page|live blog) (?:will be|is being|has been|will continue to be) updated\b|(?:This|Our) live (?:blog|coverage|updates?) (?:has|have) (?:now )?(?:ended|closed|finished)\b|Follow (?:our|the) live (?:coverage|updates|blog)\b|Check back (?:here )?(?:for|later for) (?:updates|more)\b|Stay with us for (?:updates|the latest)\b)/u,
      // session 29: the page about its own making: a blog engine's entry footer, which language versions it has, a pointer to
      // its own layout or to a link or another story of its own, a prose credit for the picture on the front page
      /^(?:This (?:entry|post) was posted (?:in|on|by)\b|Bookmark the permalink\b|(?:This|The) (?:article|page|story|content) is (?:not|only) available in \p{Lu}\p{Ll}+|You can read (?:it|its|this|the) (?:\p{Lu}\p{Ll}+ )?(?:version|article|story) in\b|You can read its \p{Lu}\p{Ll}+ version\b|(?:Please )?see below for (?:the )?(?:latest )?(?:updates?|details|information)\b|(?:Top|Main|Lead|Cover|Header|Featured) (?:photo|image|picture)\s*[:–—-]\s*\S|(?:Photo|Image|Picture) on (?:the )?(?:front|home) ?page\s*[:–—-]\s*\S|You can (?:view|see|read|find|download) (?:it|them|the (?:full )?[\p{L} ]{1,30}) (?:at|via|through) (?:this|the following|the) link\b|We (?:wrote|reported) (?:about (?:this|it|[\p{L} ]{1,40}) )?in (?:a|our) (?:separate|special|previous|earlier) (?:article|story|report)\b)/u,
      // session 28: the page speaking to its reader about itself (a paywall, consent or availability notice, a comment quota),
      // a read-more prompt run on after the last sentence, a prompt for the full recording, a broadcaster's promise of its
      // own later report: furniture wherever it stands (no quotation marks: a speaker's "you" is not the page's)
      /^(?=.*\b(?:browser|cookies?|javascript|ad ?blockers?|subscri(?:be|ber|bers|ption)|log ?in|sign ?in|(?:this|our) (?:site|website|page|article|app)|notifications?|your location|personal data|comments? (?:per|a) day)\b)(?=.*\b(?:you|your)\b)(?!.*["“”][^"“”]{25,}["“”])/iu,
      /^(?:[Cc]ontinue reading|[Rr]ead more|[Rr]ead the full (?:story|article|report))\b|^(?:[Ll]isten to|[Ww]atch|[Ss]ee) (?:the )?(?:full|whole|complete|entire) (?:interview|report|story|video|segment|broadcast|conversation)\b|\bwill have (?:a|the|more)\b.{0,30}\b(?:report|story|coverage|details)\b.{0,30}(?:\btonight on\b|\bon air\b|\bnewscast\b|\bbroadcast\b|\bon \p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2} News\b)/u,
      // a correction notice, and an author's bio line (session 26: classes of the furniture grid, not of pages read)
      /^(?:correction|clarification|editor['’]s note)\s*:|\b(?:an earlier|a previous) version of this (?:story|article|report)\b/i,
      /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2} (?:covers|reports on|writes about|has (?:covered|reported on|written about)) .{0,120}?(?:\bfor (?:the )?\p{Lu}|\bsince (?:19|20)\d\d)/u,
      // page chrome said in a sentence: cookie notices, an archived or old page, a player the browser cannot show
      /\b(?:this (?:web)?site uses cookies|we use cookies|this is an archived (?:article|story|page)|the information in (?:this|the) (?:article|story) may be outdated|your browser does(?: not|n['’]t) support|this (?:article|story) is (?:more than|over) \w+ (?:years?|months?) old)\b/i,
      /\b(?:our (?:journalism|reporting|work|coverage|journalists) (?:is|are|costs?|relies|depends|has been)|(?:help|support) (?:us|our)(?: to)? (?:continue|keep|fund)|we (?:rely|depend) on (?:readers|donations|your support)|your (?:donation|support|contribution)|please (?:consider )?(?:donat|support|subscrib)|information (?:contained )?in this (?:press )?release (?:is|may be)|this (?:press )?release (?:contains|may contain) forward-looking|(?:is|are) banned in\b.*\bour\b|daily nk (?:is|was) (?:blocked|banned))/i,
    ],
    appeals: /^(?:anyone with (?:information|details)|(?:police|investigators|officers) (?:are )?(?:urge|urging|ask|asking|appeal(?:ing)?) (?:anyone|witnesses|the public)|witnesses are (?:asked|urged)|if you have (?:any )?information)/i,
    credits: /^(?:translated (?:and edited )?by|translation by|translated from|edited (?:and translated )?by|(?:additional )?reporting by|writing by|editing by|compiled by)\b/i,
    support: /^(?:please )?(?:support|donate to|subscribe to|become a (?:member|subscriber|supporter) of)\s+(?:us|our|independent|local|the)\b|^sign up for (?:our|the) \S+(?: \S+)? newsletter\b/i,
    // a sentence that promises the story instead of telling it: an explainer's teaser, a reporter's hand-off (session 27)
    teasers:
      /^(?:(?:The|A|An|Our|This)\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:explains|tells you|tells us|finds out)\s+(?:why|how|what|whether|who|where|when)\b[^:;]{0,160}$|^We (?:explain|look at|find out|answer|break down)\s+(?:why|how|what|whether|who|where|when)\b[^:;]{0,160}$|^(?:Here['’]s (?:what|why|how|everything|all)|What (?:we know|you need to know)|Everything you need to know)\b|^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2} (?:reports|has (?:the )?(?:story|details|more))\.?$/u,
    // session 31: the words a credit line opens with ("Foto: …", "사진=…"), read by the line rule and the caption-copy rule
    creditWords: ['image', 'images', 'photo', 'photos', 'photo credit', 'photo credits', 'photograph', 'picture', 'pictures', 'graphic', 'illustration', 'video', 'credit', 'source'],
    // session 31: the labels of page chrome printed as "label: value" (stamps, author, tags, share, phone, address, "read also"):
    // a field line under one is no claim; under any other label a value with a figure or a clause is content (lines.ts)
    chromeLabels: ['published', 'published on', 'posted', 'posted on', 'posted by', 'updated', 'last updated', 'date', 'by', 'author', 'written by', 'reporter', 'editor', 'tags', 'tag', 'topics', 'category', 'categories', 'filed under', 'share', 'share this', 'share this article', 'follow us', 'print', 'email', 'e-mail', 'phone', 'tel', 'telephone', 'fax', 'address', 'website', 'web', 'contact', 'contact us', 'inquiries', 'for more information', 'copyright', 'views', 'comments', 'reading time', 'read time', 'read more', 'read also', 'related', 'related stories', 'related articles', 'see also', 'you may also like', 'most read', 'keywords', 'related topics', 'related content', 'more stories', 'more news', 'trending', 'popular', 'most popular', 'date created', 'created'],
    captionCredit:
      /(?:\((?:AP|AFP|Reuters|EPA|Getty|Yonhap|KCNA|Xinhua|dpa)[^()]{0,50}\)|\b(?:photo|image|picture)s? (?:by|courtesy of|credit:?)\s[^.]{1,60}|\/\s*(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock)(?:\s*(?:Photo|Images))?|\b(?:via )?getty images|\/?\s*(?:AP|AFP|Reuters) Photo\b[^.]{0,40})\.?$/i,
    comments: {
      header: /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$|^(?:be the first to comment|leave a (?:comment|reply)|join the (?:discussion|conversation)|(?:show|view|load|read) (?:all |more )?(?:\d+ )?comments|comments are closed|what do you think\?)/iu,
      meta: /^(?:reply|report|like|share|flag|\d+ (?:likes?|replies)|(?:\d+|an?|one) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|(?:posted|commented) (?:on|at)\s.{1,40}|@[\w.]{2,30})$/iu,
      greeting: /^(?:hi|hello|hey|dear (?:editor|sir|madam))\b/iu,
    },
  },
  bylines: {
    patterns: [
      /^[(\[]?(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by|[Ww]ords by|[Ss]tory by|[Pp]osted by|[Ss]ubmitted by|[Ii]ssued by|[Rr]eleased by|[Dd]istributed by)\s*:?\s+(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*|and|&)){0,6})/u,
      // "Jane Doe, Staff Writer", "John Smith | Associated Press"
      /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[,|–—-]\s*(?:[Ss]taff [Ww]riter|[Ss]taff [Rr]eporter|[Ss]enior [Rr]eporter|[Rr]eporter|[Cc]orrespondent|[Cc]ontributing [Ww]riter|(?:[Tt]he )?Associated Press|[Ss]pecial to (?:[Tt]he )?\p{Lu}.{0,40})$/u,
      // a signature at the end: "— Jane Doe"; a contact line: "Contact Jane Doe at 555-1234 or jdoe@…", "Reach Jane Doe at jdoe@…"
      /^[—–]\s?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})$/u,
      /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail)\s+(?:(?:reporter|writer|staff writer)\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:at|via|by)\s+.{0,80}(?:@|\d{3})/u,
      /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:can|may) be reached (?:at|by|via)\s/u,
    ],
    // common given names: a name alone above the headline or run on after the last sentence signs the page when it opens with one
    givenNames: [
      'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles',
      'christopher', 'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua',
      'kevin', 'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary',
      'nicholas', 'eric', 'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel',
      'sam', 'gregory', 'frank', 'alexander', 'patrick', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'henry',
      'peter', 'adam', 'nathan', 'zachary', 'kyle', 'ethan', 'mary', 'patricia', 'jennifer', 'linda', 'elizabeth',
      'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa', 'betty', 'margaret', 'sandra', 'ashley',
      'kimberly', 'emily', 'donna', 'michelle', 'carol', 'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca',
      'laura', 'sharon', 'cynthia', 'kathleen', 'amy', 'shirley', 'angela', 'helen', 'anna', 'brenda', 'pamela',
      'nicole', 'emma', 'samantha', 'katherine', 'christine', 'rachel', 'catherine', 'carolyn', 'janet', 'maria',
      'heather', 'diane', 'julie', 'joyce', 'victoria', 'kelly', 'christina', 'joan', 'evelyn', 'lauren', 'judith',
      'megan', 'olivia', 'hannah', 'andrea', 'joanna', 'jane', 'grace',
    ],
    // the nouns newspapers and stations are named with: "Outlet | Name  date" names the person after the outlet
    // session 30: nouns places and institutions are named with; a caption of two or three capitalised words opening with one
    // ("Biblioteca Vilalba", "Rathaus Lindental") names a place, not the author (from the language's common nouns, not a page)
    placeWords: ['library', 'museum', 'courthouse', 'cathedral', 'stadium', 'hospital', 'station'],
    // session 31 (bylines10): the agencies the press prints as the author, and an agency's noun (general knowledge, not a page)
    agencies: ['AP', 'The Associated Press', 'Associated Press', 'Reuters', 'AFP', 'UPI', 'PA Media', 'Press Association', 'AAP'],
    agencyWords: ['agency'],
    // session 32 (bylines11): the picture agencies and credit nouns a bracketed credit names (boilerplate.ts PHOTO_AGENCY,
    // moved here as it was, case as printed), and the words a name line never opens with (author-lines.ts FUNCTION_WORD)
    creditAgencies: ['AP', 'Reuters', 'REUTERS', 'EPA', 'Getty', 'Getty Images'],
    creditNouns: ['photo', 'Photo', 'archive', 'archives', 'Archive', 'Archives', 'illustration'],
    functionWords: ['the', 'for', 'of', 'in', 'on', 'at', 'to'],
    // session 32 (bylines11): the labels a writer's credit opens with, lowercase, from each press's usage (general
    // knowledge, not a page): the label alone on its line over the name ("Text und Bilder:" / "Merle Radtke"), or run in
    // before it on the line closing the text ("Artikel von Isabel Meyer", "Fotos: X / Nota: Y")
    writerLabels: ['text', 'words', 'story', 'author', 'written by', 'article by', 'story by', 'words by', 'reported by', 'text by', 'text/photos', 'words/photos', 'story/photos', 'photos and text', 'photos and story', 'photos and words'],
    // session 34 (bylines13): the word "author" as a label, the desk's own name as a credit, the words that end a credit's value
    authorWords: ['author'],
    deskNames: ['newsroom', 'editorial'],
    creditEndWords: ['photo', 'photos'],
    // session 35: what may follow the outlet's name in the author slot (author-lines.ts outletInSlot)
    slotWords: { published: ['Published', 'Updated', 'Posted'], afterPublished: ['on'], time: ['at', 'a.m.', 'a.m', 'am.', 'am', 'p.m.', 'p.m', 'pm.', 'pm'], readingTime: ['Reading time'] },
    // session 33 (bylines12): a CMS's "more by" box, a forum post's heading around the poster's user name, a template's
    // unfilled author field, and the US and Canadian broadcasters' call signs (K/W/C and two or three letters, a band after
    // a dash), from general knowledge of the press and of forum software, not from a page
    moreBy: { before: ['more by', 'more stories by', 'more articles by', 'more from', 'see more by', 'all stories by', 'all articles by', 'other articles by'] },
    posterLabels: { before: ['posted by', 'submitted by', 'uploaded by', 'started by'], after: ['wrote', 'writes', 'posted'] },
    placeholders: ['author name', 'your name', 'name of author', 'author'],
    avatarLabels: ["Writer's picture", 'Writer’s picture', "Author's picture", 'Author’s picture'],
    pressOffices: ['press office', 'communications office', 'media office', 'public information office'],
    callSign: /^[KWC][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?$/u,
    outletWords: /(?<![\p{L}])(?:Ledger|Gazette|Herald|Tribune|Courier|Chronicle|Journal|Times|Post|News|Record|Register|Sentinel|Examiner|Observer|Enquirer|Dispatch|Bulletin|Star|Sun|Mirror|Review|Report|Reporter|Standard|Independent|Daily|Weekly|Radio|Press|Leader|Messenger|Advocate|Democrat|Republican|Citizen|Banner|Beacon|Argus|Clarion)(?![\p{L}])/u,
  },
  // month and weekday names as pages print them in date lines and stamps (dates.ts, stamps.ts, abbreviations.ts and
  // author-lines.ts read them through extract/date-words.ts); the full name first, then other spellings and abbreviations
  dates: {
    monthFirst: true,
    months: [
      ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
      ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
    ],
    weekdays: [
      ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'], ['thursday', 'thu', 'thur', 'thurs'], ['friday', 'fri'],
      ['saturday', 'sat'], ['sunday', 'sun'],
    ],
    // (session 34) around a date in a stamp, besides the chrome labels (title-chrome.ts)
    stampWords: ['modified', 'at', 'edt', 'est', 'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'gmt', 'bst', 'utc', 'noon', 'midnight', 'last'],
  },
  // the words sourcing.ts finds people and bodies by (moved from the engine in session 31, unchanged)
  names: {
    // (session 34) and the other heads of a public body's name that American copy then cuts to initials ("the Florence County
    // Sheriff’s Office" … "FCSO", "the Tennessee Highway Patrol" … "THP"): a body of them is official only when its name reads as an
    // office, as before
    bodyHeads: /Ministry|Department|Agenc[yi]a?|Service|Hospital|Polic\p{L}*|Weather Service|Government|Council|Court|[Hh]ealth [Dd]epartment|[Cc]lub|[Cc]ompany|[Aa]ssociation|Office|Bureau|Commission|Authority|Administration|Patrol/u,
    bodyNouns: /^the\s*(?:agency|institute|institution|organi[sz]ation|body|entity)$/iu,
    // (session 35, src14) a union, a company, a firm and a clinic are private bodies too (README s34: "the union said …" is `named`)
    privateBodyNouns: /^the\s*(?:club|association|(?:labou?r |trade )?union|company|firm|clinic)$/iu,
    initialsSkip: /^(?:of|and|for|the|on)$/iu,
    ageNouns: /^the\s(\d{1,3})-year-old(?:\s(?:man|woman|boy|girl|resident|victim|suspect))?$/iu,
    ageInBrackets: /years/u,
    ageAfterComma: /years old/u,
    ageAdjectives: /year-old/u,
    openers: /^(?:According|On|At|By|For|With|After|Before|Since|In)$/u,
    // (session 32: moved from sourcing.ts, unchanged)
    weakRoles: /residents?|witness(?:es)?|neighbou?rs?/u,
    notNames: /^(?:The|This|That|These|Those|It|He|She|They|We|Officials?|Police|Sources?|Residents?|Locals?|Experts?|Analysts?|Authorities|Critics|Witnesses|Neighbou?rs|Others?|Some|Many|Most|Both|All|One|Another)$/u,
    nameConnectors: /of|for|the/u,
  },
  // check-worthiness's signals (session 32: moved from extract/checkworthiness.ts, unchanged)
  checkworthiness: {
    numberWords: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundreds?', 'thousands?', 'millions?', 'billions?', 'dozens?', 'several', 'percent', 'half', 'double', 'tripled?'],
    dateWords: ['january', 'february', 'march', 'april', 'may\\s+\\d', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', '(?:last|this|next) (?:week|month|year|spring|summer|autumn|fall|winter)'],
    factualVerbs: ['injured', 'injuries', 'wounded', 'killed', 'died', 'dead', 'deaths?', 'exploded', 'explosion', 'arrested', 'detained', 'executed', 'fired', 'launched', 'ordered', 'began', 'begun', 'started', 'built', 'closed', 'opened', 'increased', 'decreased', 'rose', 'risen', 'fell', 'fallen', 'doubled', 'halved', 'banned', 'seized', 'sentenced', 'collapsed', 'burned', 'flooded', 'signed', 'approved', 'paid', 'sold', 'bought', 'exported', 'imported', 'produced', 'received', 'conducted', 'submitted', 'issued', 'deployed', 'evacuated', 'shut', 'cut', 'raised', 'lowered', 'spent', 'cost', 'crossed', 'fled', 'deported', 'confiscated', 'abolished', 'introduced', 'tested', 'held', 'visited', 'met', 'won', 'lost', 'announced', 'reached', 'recorded', 'measured', 'employs?', 'earned', 'owned', 'located', 'founded', 'completed', 'destroyed', 'damaged'],
    opinionWords: ['should', 'must', 'ought to', 'i think', 'i believe', 'we believe', 'in my (?:view|opinion)', 'it is (?:clear|obvious|time|shameful)', 'silly', 'shameful', 'disgrace(?:ful)?', 'outrageous', 'absurd', 'foolish', 'terrible', 'wonderful', 'mistake', 'lament(?:s|ed)?', 'blam(?:e|es|ed|ing)', 'misfortune', 'believed', 'ignorant', 'deserves?', 'unacceptable'],
  },
  suspects: {
    accused: /\b(?:suspects?|detainees?|(?:arrested|detained) (?:man|woman|men|women|teen(?:ager)?s?|boy|girl|person|people))\b/iu,
    questioning: /\b(?:(?:in|during|under) (?:police )?(?:custody|questioning|interrogation)|(?:told|tell|tells|telling) (?:the )?(?:police|investigators|detectives|officers|deputies|troopers)|after (?:his|her|their) arrest)\b/iu,
    admits: /\b(?:admitted|admits|confessed|confesses|denied|denies|acknowledged|acknowledges)\b/iu,
    says: /\b(?:said|says|told|tells|stated|explained|claimed|claims)\b/iu,
  },
  // (session 34) page chrome in the headline's place (title-chrome.ts): skip links, the site's interface words
  pageChrome: {
    skipLinks: /(?:skip to (?:main )?(?:content|navigation|menu)|skip navigation|jump to (?:main )?content|top of (?:the )?page)(?![\p{L}])/u,
    interfaceWords: ['menu', 'navigation', 'search', 'share', 'print', 'email', 'subscribe', 'subscriber', 'login', 'logout', 'newsletter', 'newsletters', 'sitemap', 'logo', 'banner', 'advertisement', 'sponsored', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'instagram', 'youtube', 'reddit', 'tweet', 'pin', 'comment', 'comments', 'bookmark', 'font', 'size'],
  },
}
