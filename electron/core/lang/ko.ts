// Korean: attribution and hedges sit at the end of the clause ("…라고 밝혔다", "…것으로 알려졌다").
// Hangul has no \b word boundaries, so patterns anchor on spaces and endings instead.
import type { LanguagePack } from './types'

/** The common Korean surnames: a reporter's name starts with one. */
const KO_SURNAME = '[김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉]'
/**
 * A place printed before the reporter and joined to the name by a middle dot ("종로·홍길동 기자"): a city or district
 * whose first syllable is also a surname, or any word that does not start with a surname (a name does).
 */
const KO_PLACE = `(?:서울|부산|인천|제주|경기|강원|전북|전남|경북|경남|성남|고양|용인|안산|안양|천안|전주|김해|김천|김포|구미|구리|원주|강릉|강남|강서|강동|여수|진주|양산|양주|양평|남양주|남원|서귀포|서초|서산|서대문|송파|마포|용산|성동|성북|노원|도봉|은평|양천|구로|금천|영등포|동작|관악|하남|이천|오산|안성|광명|시흥|군포|의왕|과천|홍천|횡성|영월|평창|정선|철원|고성|양양|부천|정읍|김제|나주|광양|영천|경주|경산|상주|문경|안동|영주|거제|통영|사천|밀양|제천|충주|보령|아산|논산|공주|세종|(?!${KO_SURNAME})[가-힣]{2,4})`

// session 29 (hedges7): a syllable that ends in ㄹ (the prospective adnominal: 될, 풀릴, 심할, 오를), not the copula 일 and not after a past
// or existential stem (했을, 있을, 없을): what a forecast "~ㄹ 것으로 보인다" puts before 것
const KO_L_FINAL = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 8)).filter((c) => c !== '일').join('')
const KO_FORECAST = `(?<![았었였했됐웠졌갔왔켰쳤있없겠])[${KO_L_FINAL}]`

export const ko: LanguagePack = {
  code: 'ko',
  name: '한국어',
  numbers: {
    values: {
      // Sino-Korean digits
      일: 1, 이: 2, 삼: 3, 사: 4, 오: 5, 육: 6, 칠: 7, 팔: 8, 구: 9, 영: 0, 공: 0,
      // native Korean, counting and adnominal forms
      하나: 1, 한: 1, 둘: 2, 두: 2, 셋: 3, 세: 3, 석: 3, 넷: 4, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9,
      열: 10, 스물: 20, 스무: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90,
    },
    smallScales: { 십: 10, 백: 100, 천: 1000 },
    largeScales: { 만: 1e4, 억: 1e8, 조: 1e12 },
    approximate: { 수십: 20, 수백: 200, 수천: 2000, 수만: 20000, 수십만: 200000, 수백만: 2e6, 여러: 3 },
    compound: true,
    counters: ['명', '개', '곳', '건', '채', '대', '척', '톤', '원', '달러', '여', '가구', '차례', '번', '명이', '살', '세', '개월', 'km', 'kg', '%'],
    decimal: '.',
    bounds: { 최소: 'at-least', 적어도: 'at-least', 최대: 'at-most', 약: 'about', 대략: 'about', 무려: 'exact', 최소한: 'at-least' },
  },
  attribution: {
    before: /(?:^|\s)(?=\S)/u, // unused: Korean puts the speaker before "에 따르면"
    // "경찰에 따르면"; "소방서 추산 5천만 원": the estimate is the office's
    after: /((?:\S+\s){0,3}\S+?)(?:에|의) (?:따르면|의하면)|(?:^|\s)(\S+) 추산(?=\s|으로|에)|(?:^|\s)(\S+) 취재 결과/u,
    afterCue: /따르면|의하면|추산|취재 결과/u,
    // (session 28) "확인했다" reports only with a clause before it ("…없다고 확인했다", "…것으로 확인했습니다"); with a noun object
    // ("출동한 경찰은 … 파편을 확인했다") it is the office verifying on the scene, an act
    // (session 28) after a closing quote and a quotative ending ("…”라고 칭찬했다", "…”며 일축했다") any verb of manner reports the quote
    // (session 31) a judging verb after a quotative complement is the subject's view, as "것으로 보고" ("…가능성도 있다고 보고 있다");
    // "위협했다" reports only with a quotative complement ("…하겠다고 위협했다"): "흉기로 위협했다" is the act (the generic closing-quote
    // rule below still reads "“…”고 위협했다"); from the grammar of the quotative -고 with verbs of thinking and of speech acts
    verbs:
      /((?:전했|밝혔|말했|설명했|덧붙였|주장했|보도했|강조했|지적했|알렸|언급했|발표했|증언했|토로했|분석했|우려했|전망했|공개했|보고했|경고했|비난했|비판했|소개했|답했|실었)습니다|실었다|비난했다|소개했다|알려왔다|알려왔습니다|전해왔습니다|전했다|전했습니다|밝혔다|밝혔습니다|말했다|말했습니다|설명했다|덧붙였다|주장했다|보도했다|강조했다|지적했다|알렸다|전해왔다|언급했다|발표했다|증언했다|토로했다|귀띔했다|분석했다|우려했다|전망했다|예상했다|비판했다|촉구했다|반박했다|해명했다|답했다|말한다|전한다|밝힌다|공개했다|보고했다|경고했다|신고했다|신고했습니다|입수했다|예보했다|내다봤다|내다봤습니다|관측했다|관측했습니다|파악했다|파악했습니다|인정했다|인정했습니다|예측했다|집계했다|추정했다|신고함에 따라|신고해 왔다|것으로 보고|것으로 판단하고|것으로 추정하고|(?<=(?:다|라)고\s)(?:보고|판단하고|추정하고) 있(?:다|습니다)|(?<=(?:다|라|자|냐)고\s)위협했다|(?:선전|비방|강변|요구|주문|당부|호소|꼬집|역설|선동|게재|발언|언급|평가|진단|해석|시사|예고)했다|(?:적었|썼|꼬집었|내세웠|되풀이했)다|(?<=(?:다고|라고|이라고|것으로|음을|임을|사실을|점을|고|며|면서)\s(?:[^\s”"]+\s){0,3})확인했(?:다|습니다)|(?:라|이라)?고 했다|(?:라|이라)?고 했습니다|(?<=[”"』」’]\s?(?:이?라고|고|라며|며|이라며)\s(?:[^\s”"]+\s){0,2})[^\s”"]+(?:했|였|웠|었|았|렸)(?:다|습니다)(?=[\s.,]|$))/gu,
    // the speech act of a party is the event: reporting to the police ("주인은 … 경찰에 신고했다"; "신고함에 따라" relays the callers
    // and stays theirs), a demand, confessing or denying
    partyNouns: /용의자|피의자|피고인|운전자|피해자|가해자|(?<![\p{L}\p{N}])[A-Z](?:\s?\(\d{1,3}\))?\s?씨/u,
    partyVerbs: /^(?:신고했|요구|부인|시인|자백|인정)/u,
    pronouns: { singular: ['그는', '그녀는', '그가', '그', '그녀'], plural: ['그들은', '그들'] },
    // the outlet's own reporter or its own research (moved from sourcing.ts's OWN_REPORTER, session 34 review, output-identical)
    ownReporter: /본지|본보/u,
    // (session 31, ruko4) carry.ts's words, moved here output-identical (types.ts, the fields after `pronouns`)
    firstPersonSubject: /나는|내가|저는|제가/u,
    writerSumsUp: /어쨌든|아무튼|어찌 됐든/iu,
    secondStrand: /한편/iu,
    // a quotation closed by its quotative particle: `X는 『…』고 말했다`, `"…"라며`
    quotativeParticles: /(?:라?고|(?:이)?라며|며|면서|라는)(?![가-힣])/u,
    // a reported clause's quotative ending right before the speaker: "…이라고 ", "…없다고 ", "…하냐고 ", "…”고 "
    quotativeEnd: /(?:[다라냐자]|[”"’'])고\s*$/u,
    quoteThenSpeaker: true,
    // (session 31) a testimony as a noun after its reported clause (…다는/…라는), with a verb of appearing: "…들렸다는 주민의 증언이
    // 공개됐다" (the residents), "…왔다는 증언도 이어졌다" (unnamed); from the grammar of the adnominal reported clause (-다는 + noun of
    // saying: 증언, 전언, 목격담) and the intransitive verbs of a report coming out (나오다, 이어지다, 잇따르다, 공개되다, 전해지다)
    testimonyFrame: /(?:다는|라는)\s(?:((?:\S+\s)?\S+?)의\s)?(?:증언|전언|목격담)(?:들)?(?:이|도|가)\s(?:공개됐|공개되|나왔|나오|이어졌|이어지|잇따랐|잇따르|전해졌|전해지)/u,
    // (session 34, ruko7; lead ruling 6) an official examination's result opens the finding: "감식결과", "부검 결과", "국과수 정밀감식
    // 결과", "조사 결과 박씨는"; a compound ending in 조사 (여론조사, 실태조사: a survey) is not the inquiry's
    // (session 34, ruko7) Korean noun phrases are head-final: "정 씨 측 변호인", "김씨의 변호인", "김씨 가족", "A씨 유족" are the counsel or
    // the family, unnamed (a named lawyer carries the title 변호사 after the name: "김철수 변호사" stays named)
    relationHeads: /(?:측|의|씨|\s)\s?(?:변호인|변호인단|가족|가족들|유족|유족들|아내|남편|부인|어머니|아버지|모친|부친|지인|동료|친구)$/u,
    examinationFinding: /(?<![가-힣])(?:(?:정밀|현장|합동|1차|2차)\s?)?(?:감식|부검|검시|검안|조사|수사)\s?결과(?:[,\s]|에\s?따르면)/u,
    // (session 32, ruko5) Korean grammar: the connective ending -자 ("when/as soon as") closes a subordinate clause. A quote whose own
    // verb takes it ("“…”고 묻자", "“…”고 진술하자", "“…” 하자", "“…”라고 소리치자") is an act inside the event ("목격자가 “무슨
    // 일이냐”고 묻자 김씨는 달아났다"); one adverb may stand between ("“…”고 계속 요구하자"); -자마자 is the same ending
    subordinateQuote: /[”"’](?:이?라고|고|라며|며)?\s?(?:[^\s”"“]+\s)?[^\s”"“]*[가-힣]자(?:마자)?,?\s/u,
    // (session 32, ruko5) the Q&A page: "[다음은 김 서장과의 일문일답]", "다음은 백경흠 형사과장과의 일문일답." (the noun phrase before the
    // comitative 과/와 + 의 answers); the turns: a question opens with a dash or "Q."/"질문:"/"문:", an answer with "▲"/"△"/"A."/"답:"
    // (session 34, ruko7) …and the header as a title line of its own: "워렌 서머스 노크로스 경찰서장 일문일답", "[김 서장과의 일문일답]"
    interviewHeader: /^\[?\s*다음은\s+(.{1,40}?)(?:과|와)의?\s*(?:일문\s?일답|문답|인터뷰)|^\[?\s*([^\s\[\]“”"][^\[\]“”"]{0,40}?)(?:(?:과|와)의)?\s*(?:일문\s?일답|문답)\s*\]?\s*$/u,
    // no "▶" answer: on a Korean page it opens a promo or related-links line ("▶ 관련기사") as often as an answer (session 33)
    interviewTurns: { question: /^(?:[-–—]\s?(?=\S)|Q\s?[.:：]|질문\s?[:：]|문\s?[:：])/u, answer: /^(?:[▲△]\s?|A\s?[.:：]|답\s?[:：])/u },
    // (session 32, ruko5) adnominal verb forms (관형사형 어미 -는/-던/-(으)ㄴ, 표준국어대문법): whole words, the frequent stems of news copy;
    // "사는"/"있는" as whole words only ("변호사는", "이사는" are nouns with the topic particle)
    adnominalWords: /^(?:사는|살던|산|있는|있던|없는|없던|하는|하던|한|되는|되던|된|난|나던|간|온|본|다니는|다니던|지나던|지나가던|머물던|묵던|[가-힣]{1,4}(?:하는|하던|되는|되던|있는|있던))$/u,
    // (session 29, ruko2) broadcast scripts' speaker labels: "[경찰 관계자]", "⊙ 피해주민 :", "◀INT▶김태순/아파트 주민",
    // "▶ 인터뷰 : 송준호 / 경남 창원중부경찰서 강력팀"; the reporter's, the anchor's and the outlet's own labels narrate
    broadcastLabels: {
      line: /^[ \t]*(?:\[([^\[\]“”"]{1,40})\]|⊙[ \t]*([^:：\n]{1,40}?)[ \t]*[:：]|◀(?:INT|SYN|인터뷰)▶[ \t]*([^\n]{1,50}?)|▶[ \t]*(?:인터뷰|녹취|현장음)[ \t]*[:：][ \t]*([^\n]{1,60}?))[ \t]*$/u,
      outlet: /(?:^|\s)(?:앵커|기자|리포트|리포터|특파원|캐스터|아나운서|자막)$|사진|영상|자료|그래픽|출처|제공|캡처|연합뉴스|뉴스1|뉴시스/u,
      anchor: /^(?:앵커|기자|리포트|리포터|사진|영상|자막|자막뉴스|그래픽|인터뷰|현장음|녹취)$/u,
    },
    // "이 관계자는 … 말했다": the official named just before goes on speaking ("이 매체", an outlet, is its own named source)
    // (session 29, ruko2) "보도에 따르면", "이 보도에 따르면" right after an outlet's report ("MBN은 … 보도했다. 보도에 따르면 …") is that
    // outlet's report going on; "외신 보도", "언론 보도" (unnamed media) are not this noun alone and stay unnamed
    roleNouns: /^(?:(?:이|동|해당|같은) (?:관계자|기관)|매체|(?:이|해당|같은|이번|이날) 보도|보도)$/u,
    // "경찰은 … 화재 원인을 조사하고 있다": an office at work speaks for itself, a resident does not
    officeVerbs: /(?:조사|수사|감식|확인|파악)(?:하고 있다|하고 있습니다|\s?중이다|\s?중입니다)/u,
  },
  sources: {
    anonymous: /소식통|익명|내부자|주민|제보자|탈북민|한 간부|현지인/u,
    official: /정부|(?:재난안전|방역|사고수습)?대책본부|사고수습본부|소방본부|통일부|외교부|국방부|당국|조선중앙통신|중앙통신|노동신문|대변인|합동참모본부|합참|경찰|검찰|청와대|대통령실|대통령|장관|총리|국정원|국가정보원|위원회|시청|도청|군청|소방|법원|국회|(?<!협)의회|외무성|내각|노동당|조선중앙TV|조선중앙방송|북한 매체|관영|로동신문|조선중앙텔레비죤|평양방송|우리민족끼리|조선의오늘|메아리|통일신보|민주조선|청년전위|선전매체|대외선전|선전 매체|매체 (?:노동|로동)신문|구청|해경|해양경찰|119|상황실|재판부|지법|지검|지청|고법|고검|대법원|헌법재판소|헌재|기상청|산림청|질병관리청|질병청|관세청|국세청|교육청|행정안전부|행안부|국토교통부|국토부|법무부|보건복지부|복지부|교육부|환경부|고용노동부|노동부|보훈부|여성가족부|지구대|파출소|주민센터|행정복지센터|읍사무소|면사무소|방역당국|보건당국|보건소|기동대|특공대|수사본부|수사대|형사대|형사들|수사관|구조대|구급대|지자체|[가-힣]{0,6}(?:수사|형사|감식|조사)(?:전담)?(?:팀|과|반|대|본부)|전담팀|(?:^|\s)[가-힣]{2,4}(?:시|군)(?:청)?$|(?:^|\s)(?:시|군|구|도|읍|면)(?=\s?관계자)/u,
    // (session 33, ruko6) "연구" as a study, not the 연구원/연구소 an institute is named by ("현대경제연구원은 … 밝혔다" is the institute:
    // lead decision 1, an academic or private institute is named)
    document: /보고서|연구(?!원|소)|자료|조사|백서|통계|문건|문서|기록|판결|공소장|설문/u,
    media: /사진|영상|위성|동영상|화면/u,
    institution: /연구원|연구소|대학|단체|협회|재단|기업|회사|전문가|교수|분석가|센터|연대|모임/u,
  },
  titles: {
    official: /(?:장관|차관|대변인|대통령|총리|시장|도지사|지사|군수|구청장|청장|서장|의원|국장|부장|실장|처장|위원장|총장|사령관|검사|판사|대사|소방서장|경찰서장|부시장|부지사|부군수|부구청장|본부장|지청장|검사장|부장검사|차장검사|부장판사|과장|팀장|계장|반장|대장|이장|면장|읍장|동장|순경|경장|경사|경위|경감|경정|총경|경무관|치안감|치안정감|치안총감|소방사|소방교|소방장|소방위|소방경|소방령|소방정|소방준감|소방감|소방정감|수사관|국과수|국립과학수사연구원|(?:시립|도립|국립|구립|군립|공립)\p{L}*(?:병원|의료원)\s?(?:병원장|원장|의료원장|대변인))(?:은|는|이|가|의)?(?:[\s(]|$)/u,
    // (session 33, ruko6) the officers of an association, a company or a temple, named or by surname ("김영미 자치회 총무", "김 총무",
    // "박 회장"): a private body's role, as 대표 and 이사 are; the state's offices are in `official` and are read first ("원장" as a
    // word of its own: "위원장", "병원장" are other titles)
    named: /(?:씨|감독|코치|교수|박사|연구위원|연구원|대표|이사|소장|변호사|선생|기자|작가|활동가|총무|회장|부회장|사장|부사장|이사장|관장|간사|조합장|주지|목사|신부|(?<![가-힣])원장)(?:은|는|이|가|의|도)?(?:[\s(]|$)/u,
    // (session 33, ruko6; lead decision 1) the state's agencies and public institutes by their own names: official whatever the name
    // says (…청, …처, …원, 은행); government-funded and private research institutes (한국개발연구원, 현대경제연구원) and pollsters
    // (한국갤럽) are not here
    stateAgencies:
      /(?<![가-힣])(?:통계청|질병관리청|질병청|질병관리본부|질본|기상청|식품의약품안전처|식약처|국립과학수사연구원|국과수|국립환경과학원|국립수산과학원|국립기상과학원|국립재난안전연구원|국립보건연구원|한국은행|한국소비자원|국민건강보험공단|건강보험심사평가원|심평원|한국부동산원|국토지리정보원)/u,
  },
  hedges: {
    patterns: [
      // "의혹" only as an allegation raised ("~다는 의혹이 제기됐다/나왔다"), not "의혹을 받고 있다", a legal status like "혐의를 받고 있다"
      // (README, check2 and session 26), nor the inquiry's object ("관련 의혹을 수사하고 있다")
      // (session 34, hedges12: "것 같다" closing a direct quote is the speaker's impression, as "I think" (README: not a hedge): "새총에 맞은
      // 것 같다"며, "인명피해는 없을 것 같다"고 말했다; four carry-set false hedges, no hedged label with it in any spent set. Reported
      // indirectly it stays a hedge, as rules3's cell has it: "불은 부엌에서 시작된 것 같다고 주민들은 말했다")
      /(?:것으로 알려졌다|것으로 알려졌습니다|것으로 전해졌다|것으로 전해졌습니다|것으로 전해진다|것으로 추정된다|것으로 추정|로 알려졌다|로 전해졌다|다고 알려졌다|다고 전해졌다|라고 한다|다고 한다|는 후문이다|는 소문|의혹(?:이|도)? ?(?:제기|나오|나왔|나와|일고|일었|불거|짙)|주장이 제기|가능성이 있다|가능성이 크다|가능성이 높다|가능성도 있다|가능성이 제기|것으로 의심|가능성(?:도|이)? ?(?:없지 않|배제할 수 없)|추정된다|전해졌다|알려졌다|것 같(?:다|습니다)(?!["”’'」』])|듯하다|듯합니다|듯 보인다|것으로 추측)/u,
      // hearsay and reportive endings in their other inflections: "~것으로 알려져/전해지고 있다/전해진다", "~다는 전언이다"
      // (hearsay noun), "~다는 얘기가 나온다"; a concessive "알려졌으나/전해졌지만" is left out: it introduces the report a
      // sentence corrects (README rule D), and "것으로 파악됐다/확인됐다/나타났다" state findings, not hearsay
      /(?:것으로 (?:(?:알려|전해)(?!졌으나|졌지만|졌었으나|졌었지만|졌던)|추측|짐작|보도|의심)|(?:로|고) (?:알려지|알려져|전해지|전해져|전해진)|(?:알려|전해)졌(?:다|습니다|으며|고|는데|다고|다며)|(?:다|라|한|던)는 (?:전언|후문|소문|관측|얘기|이야기|말|설)(?:이다|입니다|[이가도] (?:나온다|나오고|돈다|돌고|있다))|전언(?:이다|입니다))/u,
      // estimation, conjecture, provisional and unconfirmed figures: "50대로 추정되는 여성", "추정했다", "잠정 집계", "미확인 정보",
      // "관측된다"; adnominal "추정되는" hedges the checkable fact it qualifies (README, "Scope of a hedge")
      new RegExp(String.raw`(?:추정(?:되|돼|됐|됩|된|했|하고|하는|하며|하고 있|치)|추측(?:되|돼|된|했|하고|이)|짐작(?:되|돼|된|케)|잠정|미확인|관측(?<!${KO_FORECAST} 것으로 관측)(?:된다|됩니다|되고 있|이 나온다|이 나오고|도 나온다))`, 'u'),
      // possibility as the frame: "~ㄹ 가능성이 있다/크다/작다/제기되다/배제할 수 없다", "개연성" (not "모든 가능성을 열어두고": a manner of
      // inquiry, no possibility asserted), "~ㄴ 듯하다" as the predicate (not the adnominal "듯한"); not in an indirect question
      // ("가능성이 있는지 조사하고 있다", session 26)
      /(?:가능성(?:이|도|을|은|이나)? ?(?:있(?!는지|을지|었는지)|크|높(?!은지)|제기|점쳐|거론|무게|배제(?:하지 않|할 수 없|하기 어렵)|없지 않|작|적|낮)|개연성|듯(?:하다|합니다|하며|해 보|보인|싶))/u,
      // session 27: the epistemic "~했을 수도 있다" (a past event that may have happened; not the ability "할 수 있다") and "~ㄹ지도 모른다"
      /(?:[았었였했됐웠졌갔왔켰쳤]을 수(?:도)? 있|[을일할갈올]지도 모[르른를])/u,
      // session 27: unnamed reports or media as the frame ("외신 보도에 따르면", "현지 언론에 따르면"; README: an unnamed media frame is a
      // hedge), not a named outlet ("연합뉴스 보도에 따르면") nor the police ("경찰에 따르면")
      /(?:외신|언론|현지 언론|현지 매체|일부 언론|일부 매체|복수의 (?:언론|매체)|현지 보도|언론 보도|외신 보도|일부 보도|현지 언론 보도|외신 보도들|언론들|외신들)(?:의 보도)?에 (?:따르면|의하면)/u,
      // session 28: the concessive and connective forms of hearsay ("~것으로 알려졌지만, 경찰은 … 밝히지 않았다", "~것으로 알려지면서"): the
      // report stays the claim's hedge unless the sentence goes on to correct it (rule D, see `corrections`: "당초 7명이 실종된 것으로
      // 알려졌으나 … 10명으로 늘었다")
      /(?:것으로|다고|라고) (?:알려|전해)(?:졌지만|졌으나|지면서|져|지고 있으나)/u,
      // session 28 (lead decision): provisional findings ("1차 조사 결과", "1차 부검 소견", "초동 수사 결과에 따르면", "잠정 결론"), as
      // "잠정" already is
      /(?:(?:1차|일차|초동|초기) (?:조사|감식|수사|부검|검안|분석) ?(?:결과|소견)|1차 소견|구두 소견)/u,
      // session 28: a possibility the authorities keep in mind ("~가능성을 염두에 두고 있다"), not "모든/여러 가능성을 염두에 두고" (a manner
      // of inquiry, no possibility asserted)
      /(?<!(?:모든|여러|다양한|각종|온갖|모든 가능성과) )가능성(?:을|도|에|까지)? ?염두/u,
      // session 28 (batch 2): an unnamed analysis or reading as the frame ("~것이라는 분석이 나온다", "~다는 해석이 우세하다"), and the
      // authorities' judgment "~것으로 판단하고 있다/판단된다", as "~것으로 보고 있다"
      /(?:(?:는|라는|이라는) (?:분석|해석|추측|관측|시각)(?:이|도)? ?(?:나온다|나왔다|나오고 있|제기|많다|우세|지배적)|것으로 판단(?:하고 있|된다|됩니다|되고 있))/u,
      // session 28 (batch 3): an adnominal appearance ("범인으로 보이는 남성", "유서로 보이는 메모"), as "유서로 추정되는"; a rumour noun in -설 that
      // spreads or is raised ("자살설이 확산되고", "경질설이 나온다"), not 시설/건설/소설/전설/연설 and the like
      /(?:(?:으로|로) 보이는|(?<![시건소전연해개창역사논언학가])설(?:이|도|까지)? ?(?:나온다|나왔다|나돈다|나돌|제기|확산|돌고|퍼지|퍼졌|불거|나오고))/u,
      // session 29: appearance and expectation ("~것으로 보인다/보입니다/보여/보고 있다", "~로 보인다", "~것으로 관측된다/예상된다") hedge a past or
      // present fact ("쓰인 것으로 보입니다", "계획했을 것으로 보고", "20대일 것으로 보인다", "숨어 있을 것으로 보인다"), not a forecast: after the
      // prospective adnominal ㄹ of a verb or adjective ("풀릴 것으로 보입니다", "심할 것으로 보인다", "오를 것으로 보여", "돌아올 것으로 보고 있습니다")
      // the sentence predicts, and a forecast is not a hedge (README, "The future"; labelled "-" in check5 and check6). The past conjecture
      // "~았을/었을/했을", "있을/없을" and the copula "일" keep the hedge (README session 28, hedges6's note); session 29 (batch 3): the view with its holder between
      // ("~것으로 주민들은 보고 있다", "~것으로 경찰은 보고 있다"), as "~것으로 보고 있다"
      new RegExp(String.raw`로 (?:보인다|보입니다)(?<!${KO_FORECAST} 것으로 (?:보인다|보입니다))|것으로 (?:보여|보고|관측된다|예상된다)(?<!${KO_FORECAST} 것으로 (?:보여|보고|관측된다|예상된다))|것으로 [가-힣]{1,8}[은는이가도] 보고 있(?<!${KO_FORECAST} 것으로 [가-힣]{1,8}[은는이가도] 보고 있)`, 'u'),
      // session 32 (hedges10): unnamed media as the subject of a verb of reporting (s32 lead decision; README session 27: "외신 보도에 따르면" is a
      // hedge): "현지 매체들은 …고 보도했다", "일부 언론은 …고 전했다"; not a named outlet ("뉴욕타임스는 … 보도했다") nor the media as the addressee
      // ("경찰은 언론에 … 밝혔다")
      /(?:^|[\s“"'(])(?:외신|언론|현지 언론|현지 매체|일부 언론|일부 매체|일부 외신|주요 외신|해외 언론|해외 매체|현지 방송|복수의 (?:언론|매체))(?:들)?(?:은|는|이|가|도) [^.!?]{1,200}?(?:보도했|보도하|보도됐|보도되|전했|전하)/u,
      // session 33 (hedges11): lead decision 3, a possibility the inquiry examines or leans to ("~했을 가능성도 살피고 있습니다", "방화 가능성에
      // 무게를 두고", "타살 가능성을 열어두고 조사", "가능성을 검토하고 있다"), not every possibility kept open ("모든/여러/다양한 가능성을
      // 열어두고", a manner of inquiry), an indirect question ("가능성이 있는지 살피고"), a possibility denied ("가능성은 없다"), nor one under
      // investigation ("가능성을 수사하고 있다", as en "investigating the possibility of arson", tuned `-`: an examination, README session 32)
      /(?<!(?:모든|여러|다양한|각종|온갖|여러 가지) )가능성(?:도|을|에|까지|에도)? ?(?:살피|살펴|무게|검토하|검토 중|들여다보|열어 ?두|열어 ?놓)/u,
      // session 34 (hedges12), from the carry sets' hedge misses (spent, extract-level): hearsay in the polite style ("…있었다고 합니다",
      // "…했다고 해요"), as the plain "~다고 한다" is; and appearance after an adnominal verb form ("뛰어나온 듯한 모습이었다", "불을 지른
      // 모양이다"), as the predicate "~ㄴ 듯하다" is; not a shape ("하트 모양이다": a noun before "모양") nor a quote that names its speaker
      // (", 경찰은 …라고 했다": "했다" is not the hearsay "합니다")
      /(?:(?:다|라)고 (?:합니다|해요|하네요|하더라고요|하더군요)|듯한 (?:모습|분위기|표정|눈치|상황)(?:이었|였|이다|입니다|이에요|을 보였)|[한된난진간온른린낸친탄운은는던본준든인킨긴쓴떤] 모양(?:이다|이야|이었다|입니다|이에요|이더라|이었습니다))/u,
    ],
    // session 28: rule D (README, session 23): a report the same sentence goes on to correct ("당초 7명이 실종된 것으로 알려졌으나 … 10명으로
    // 늘었다", "숨진 것으로 알려졌던 A씨는 살아 있는 것으로 확인됐다") is not the claim's hedge; a finding ("~것으로 확인됐다") corrects only
    // after a concessive ("~으나/지만 … 것으로 확인됐다"), not as a further fact ("~것으로 보고 있으며 유서는 발견되지 않은 것으로 확인됐다")
    corrections: /(?:늘었|늘어났|늘어|줄었|줄어들|바뀌었|번복|정정|사실이 아닌|아닌 것으로 (?:확인|드러|밝혀)|(?:[으이]나|지만|는데|었는데) (?:\S+ ){0,6}?(?:것으로|으로|로) (?:확인됐|확인되었|드러났|밝혀졌)|알고 보니|실제로는|것과 달리)/u,
  },
  furniture: {
    lines: [
      // a promo line that sends the reader elsewhere (session 27)
      /^(?:더 많은|최신|실시간) 뉴스(?:는|를)? .{0,60}(?:에서 (?:확인|보세요)|구독)/u,
      /^(?:무단 ?전재|저작권자|영어로 읽기|기사 제보|기사제보|(?:[*•-]\s*)?뉴스\s?제보|첫 댓글을|댓글|공유하기|카카오톡|페이스북|트위터|네이버|구독|좋아요|추천 ?기사|관련 ?기사|많이 본 뉴스|인기 ?기사|이 기사를|기사 원문|원문 보기|English|Read in English|▶|☞|■|※|<저작권|ⓒ|Copyright|\[?사진\s?(?:제공|출처)?\]?\s*[=:]|\[?사진 ?출처|▷|번역\s?beta|글자크기|이 글자크기로|\(예시\)|다음뉴스는|본문 바로가기|카테고리 없음|\[(?:앵커|기자|리포트|앵커멘트|기자멘트)\]$|[•·]?\s*▲|제보하기|[\[(<]\s*(?:ⓒ|©|저작권))/u,
      // comment forms, share bars and page chrome
      /^(?:이메일 주소는 공개되지 않습니다|필수 (?:필드|항목)는|답글 (?:남기기|취소|달기)|댓글 (?:남기기|달기|쓰기)|다음 번 댓글 작성을 위해|로그인|회원가입|(?:URL|링크|주소) 복사|이전 ?(?:기사|글)$|다음 ?(?:기사|글)$|글씨 ?크기|인쇄(?:하기)?$|스크랩$|기사 저장|닫기$|본문 듣기|채널 추가)/u,
      // a whole line in square brackets that gives a date: a box's header ("[기상특보 : 2018년 07월 14일 15시 …]"), not a sentence (session 26)
      /^\[[^\[\]]{0,60}\d{1,4}\s?(?:년|월|일|시)[^\[\]]{0,80}\]$/u,
    ],
    sentences: [
      // 세션 32: 홈페이지 안내 ("자세한 내용은 홈페이지에서 확인하면 된다.")
      /^자세한 (?:내용|사항)은 [^.]{0,30}(?:홈페이지|누리집)(?:에서|를|을) (?:확인|참고|참조)/u,
      // 세션 30: 아래에 싣는 목록·명단·일정을 가리키는 문장
      /^(?:아래는 .{1,30}(?:목록|명단|일정|현황)(?:이다|입니다)|(?:자세한|구체적인) (?:목록|명단|일정|현황)은 아래와 같다)/u,
      // 세션 30: 성인 인증이나 민감한 내용 경고 (페이지가 독자에게 자신을 말하는 문장), 괄호 속 문의처 줄
      /^(?:이 (?:기사|콘텐츠|영상|페이지)는 (?:성인|청소년|민감한|불쾌감을 줄 수 있는).{0,40}(?:포함|담고)|(?:19|18)세 (?:이상|미만).{0,20}(?:확인|이용할 수|볼 수)|성인 인증이 필요합니다)|^\(\s?문의\s?[:：]/u,
      // 세션 30: 실시간 페이지나 갱신되는 기사가 자기 보도를 말하는 문장 (실시간으로 전해드립니다, 기사는 계속 업데이트됩니다)
      /(?:실시간으로 (?:전해|알려)\s?드리겠습니다|실시간으로 (?:전해|알려)\s?드립니다|(?:이 )?기사는 (?:계속 |추후 |새로운 소식이 들어오는 대로 )?(?:업데이트|갱신)(?:됩니다|될 예정입니다)|새로운 소식이 (?:들어오는 대로|있으면) (?:전해|업데이트해)\s?드리겠습니다)/u,
      // session 29: the page about its own making: a blog engine's entry footer, which language versions it has, a pointer to
      // its own layout or to a link or another story of its own, a prose credit for the picture on the front page
      /^(?:이 (?:글|항목|게시물)은 .{0,60}(?:에 게시되었|에 분류되었|에 등록되었)|(?:이|본) (?:기사|페이지|콘텐츠)는 .{0,10}(?:로|으로) (?:제공되지 않|서비스되지 않)|(?:메인|대표|상단|표지) ?사진\s*[=:]\s*\S|자세한 (?:내용|일정|사항)은 (?:아래|하단)(?:를|의 [가-힣 ]{1,10}를)? 참고|[^.]{0,40}(?:링크|바로가기)(?:를 통해|에서) (?:확인|볼 수|내려받)[^.]{0,20}\.?$)/u,
      // session 28: the page speaking to its reader about itself (a paywall, login or consent notice), a prompt for the
      // full recording or the rest of the article
      /^(?=.*(?:로그인|쿠키|브라우저|유료 ?회원|구독자|이 기사는|본 기사는|알림))(?=.*(?:하세요|하십시오|해 ?주세요|바랍니다|수 있습니다|이용하실))/u,
      /^(?:(?:전체|풀) (?:영상|인터뷰|방송|기사) (?:보기|듣기)|기사 (?:계속|전문) 보기|계속 읽기)/u,
      // an author's bio line (session 26)
      /^[가-힣]{2,4} ?기자는 .{0,80}(?:취재|담당|출입)/u,
      // a tip-line appeal, a cookie notice, a player the browser cannot show
      /(?:제보를 기다립니다|쿠키를 사용합니다|브라우저(?:에서는|가|는)? (?:이 |해당 )?\S{0,6} ?지원하지 않)/u,
      /(?:요약한 결과입니다|본문 전체 읽기를 권장|기자가 보도합니다|후원(?:해|을|하기)|데일리NK는 .*차단|우리(?:의)? (?:보도|취재)는|구독(?:해|하기)|댓글을 (?:작성|남겨)|의견을 남겨\s?주세요|무단\s?(?:전재|복제)|재배포 금지|이 기사의 카테고리는|기사가 속한 카테고리는|언론사는 한 기사를|언론사가 분류)/u],
    credits: /^(?:번역|편집|정리|감수)\s*[:=]?\s*\S/u,
    support: /(?:후원해\s?주세요|후원하기|뉴스레터를? 구독|구독하고 .{0,40}받아보세요|구독해\s?주세요)/u,
    // a sentence that promises the story instead of telling it: a broadcaster's "we looked into it" (session 27)
    teasers: /^자세한 (?:내용|소식)(?:은|을)|(?:알아봤습니다|짚어봤습니다|살펴봤습니다|정리했습니다|전해드립니다|전해 드립니다)\.?$/u,
    // session 31: the words a credit line opens with ("Foto: …", "사진=…"), read by the line rule and the caption-copy rule
    creditWords: ['사진', '자료사진', '사진제공', '사진 제공', '촬영기자', '영상기자', '영상취재', '영상편집', '촬영', '편집', '그래픽', '디자인', '구성', '작가', '출처', 'cg', 'pd', 'ad'],
    // session 31: the labels of page chrome printed as "label: value" (stamps, author, tags, share, phone, address, "read also"):
    // a field line under one is no claim; under any other label a value with a figure or a clause is content (lines.ts)
    chromeLabels: ['입력', '수정', '승인', '등록', '등록일', '작성일', '작성자', '글쓴이', '기자', '편집', '발행', '발행일', '게재일', '조회수', '조회', '추천', '태그', '키워드', '공유', '인쇄', '대표전화', '전화', '전화번호', '팩스', '이메일', '메일', '주소', '법인명', '제호', '등록번호', '발행인', '편집인', '편집국장', '청소년보호책임자', '사업자등록번호', '문의', '연락처', '담당자', '담당부서', '관련기사', '많이 본 뉴스', '첨부파일', '관련 기사', '인기 기사', '많이 본 기사', '주요뉴스', '추천 기사'],
    captionCredit: /(?:\[(?:사진|자료|그래픽)\s*[=:][^\]]{1,30}\]|\/\s*(?:[^\s/=]{1,12}\s*=\s*)?[^\s/]{1,20}(?:\s[^\s/]{1,20})?\s?제공|\(\s*(?:사진\s*[=:]?\s*)?[^()]{1,30}\s?제공\s*\)|\/\s*사진\s*[=:]\s*\S+|사진\s*[=:]\s*\S+|\(사진\s*[=:]?[^()]{1,30}\)|\/\s*연합뉴스|=연합뉴스|\/\s*뉴시스|\/\s*뉴스1|\/\s*데일리NK)$/u,
    comments: {
      header: /^(?:댓글|의견)\s*(?:\d+|\(\d+\))?\s*(?:개)?$|^(?:첫 댓글을 (?:작성|남겨)|댓글 (?:쓰기|작성|더보기|모두 보기)|전체 댓글|댓글을 (?:입력|작성)해)/u,
      meta: /^(?:답글(?: ?쓰기| ?달기)?|신고(?:하기)?|좋아요|공감|비공감|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전|@[\w.]{2,30})$/u,
    },
  },
  bylines: {
    // session 31 (bylines10): the agencies the press prints as the author (general knowledge, not a page)
    agencies: ['연합뉴스', '뉴시스', '뉴스1'],
    // session 32 (bylines11): the labels a writer's credit opens with, lowercase, from each press's usage (general
    // knowledge, not a page): the label alone on its line over the name ("Text und Bilder:" / "Merle Radtke"), or run in
    // before it on the line closing the text ("Artikel von Isabel Meyer", "Fotos: X / Nota: Y")
    writerLabels: ['작성자', '글쓴이', '글', '취재', '글·사진', '취재·글', '작성부서', '담당부서', '사진·글', '글/사진', '사진/글', '글ㆍ사진'],
    // session 34 (bylines13): the word "author" as a label, the desk's own name as a credit, the words that end a credit's value
    authorWords: ['작성자', '글쓴이'],
    deskNames: ['편집국', '편집부', '보도국', '취재팀'],
    creditEndWords: ['사진', '촬영', '작성일', '등록일', '조회', '날짜'],
    // session 33 (bylines12): a CMS's "more by" box after the name ("김민수 기자 다른기사 보기"), a board post's poster
    // field before a user name, a template's unfilled author field (general knowledge, not a page)
    moreBy: { after: ['다른기사 보기', '다른 기사 보기', '다른기사보기', '기사 더보기', '의 다른 기사', '의 다른기사'] },
    posterLabels: { before: ['작성자', '글쓴이', '게시자', '등록자'] },
    placeholders: ['기자명', '작성자명', '이름'],
    avatarLabels: ['작성자 사진'],
    pressOffices: ['홍보팀', '홍보실', '홍보담당관실'],
    deskSuffixes: ['팀', '과', '국', '실', '센터', '본부', '사업단', '지원단', '편집부', '취재부'],
    reporterTitles: ['기자', '특파원', '리포터', '통신원', '시민기자', '객원기자', '명예기자', '인턴기자', '수습기자', '선임기자', '마을기자', '학생기자', '주민기자', '대학생기자'],
    patterns: [
      // each date or time is one maximal run ((?![…]) after it), so a line that fails at its end is not retried at every split of its digits
      /^(?:\[[^\]]{2,20}\]\s*)?(\p{Script=Hangul}{2,4})\s?(?:기자|특파원|객원기자|통신원|선임기자|논설위원|편집국장|편집부국장|편집장|취재부장|취재본부장|대표기자|수석기자)(?:\s*[=|,]?\s*\S+@\S*)?(?:\s*[|·]?\s*(?:기사)?(?:입력|수정|최종수정|승인|등록|송고|송고시간|게재|발행)?\s*:?\s*\d[\d.:\-/]*(?![\d.:\-/]))*(?:\s*(?:다른\s?기사\s?보기|기사\s?더\s?보기|전체\s?기사\s?보기|구독))?\s*$/u,
      // the name after the word, or after the date stamps: "기자 홍길동 hong@…", "입력 : 2024-05-01 10:00 홍길동 기자", "입력 … 수정 … 홍길동 기자"
      /^(?:기자|취재기자)\s+([가-힣]{2,4})\s+\S+@\S*$/u,
      /^(?:(?:기사)?(?:입력|등록|승인|수정|최종수정|업데이트)\s*:?\s*\d[\d.:\-/\s]*(?:\|\s*)?){1,3}([가-힣]{2,4})\s?(?:기자|특파원)(?:\s+\S+@\S*)?$/u,
      // a broadcast credit block: "취재기자ㅣ류충섭" (ㅣ is a Hangul letter, so it cannot end a name match)
      /^(?:취재기자|취재|기자|글|리포터)\s*[ㅣ|｜:=]\s*([가-힣]{2,4})(?:\s*[·,]\s*[가-힣]{2,4})*\s*$/u,
      /^(?:글|취재)(?:\s?[·ㆍ/]\s?사진)?(?![가-힣])\s*[:=]?\s*(?:(?:아나운서|기자|리포터|통신원|객원기자)\s+)?([가-힣]{2,4})(?![가-힣ㅣ])/u,
      // a broadcast anchor hands over: "홍길동 기자의 보도입니다.", "홍길동 기자가 취재했습니다."
      /^(?:[^.]{0,40}\s)?([가-힣]{2,4})\s?(?:기자|특파원)(?:의 보도입니다|가 (?:보도합니다|전합니다|취재했습니다))\.?$/u,
      // a broadcast report signs off: "KBS 뉴스 홍길동입니다.", "연합뉴스TV 홍길동입니다."
      // ("… 뉴스 이상입니다", that is all, names nobody)
      /^(?:[A-Z]{2,5}(?:\s?뉴스)?|TV조선|채널A|연합뉴스\s?TV|\p{Script=Hangul}{1,6}(?:뉴스|방송))\s?(?!이상(?:으로)?입니다)(\p{Script=Hangul}{2,4})(?:\s?기자)?입니다\.?(?:\s*[[(]?\S+@[^\s\])]*[\])]?)?$/u,
      // the place before the name: "/부산=홍길동 기자 hong@donga.com"; the field name first: "기자명 홍길동"
      // (an e-mail may lose its domain where the page linked it: "/부산=홍길동기자 hong@")
      // the place may be joined by an apostrophe where a page lost its middle dot: "김천'홍길동기자 hong@…"
      // or by a slash, the outlet in brackets before it: "[한국일보] 서울/홍길동 기자 hong@…"
      /^(?:\[[^\]]{2,20}\]\s*)?\/?\s*[가-힣]{1,10}\s?[=＝'’/]\s?([가-힣]{2,4})\s?(?:기자|특파원)(?:\s*[(\[]?\S+@[^\s)\]]*[)\]]?)?$/u,
      // a link to the reporter's other stories: "홍길동 기자의 전체기사 보기", "홍길동 기자 다른기사 보기" (not an outlet's name)
      /^(?![가-힣]{0,2}(?:일보|신문|뉴스|방송|통신)\s?기자)([가-힣]{2,4})\s?(?:기자|특파원)(?:의)?\s?(?:전체\s?기사|다른\s?기사|기사\s?더\s?보기|최신\s?기사)(?:\s?보기)?\s*[>›»▶+]?$/u,
      // the word first, the name alone after it: "기자 홍길동" (not a column label such as "기자 수첩")
      /^(?:기자|취재기자)\s+(?!수첩|회견|칼럼|메모|노트|생각|시각|협회)([가-힣]{2,4})$/u,
      /^(?:기자명|작성자|글쓴이|기자)\s*[:：]\s*([가-힣]{2,4})\s*(?:기자)?(?:\s+\S+@\S*)?$/u,
      /^(?:기자명)\s+([가-힣]{2,4})(?:\s+\S+@\S*)?$/u,
      // the name, then an outlet with Latin letters or a news word: "홍길동 데일리NK 기자 hong@dailynk.com"
      /^([가-힣]{2,4})\s+(?:[가-힣]{0,6}[A-Za-z][A-Za-z0-9가-힣]{0,10}|[가-힣]{1,8}(?:뉴스|일보|신문|방송|통신))\s?(?:기자|특파원|통신원)(?:\s*[(\[]?\S+@[^\s)\]]*[)\]]?)?$/u,
      // any outlet's name between the reporter and the word when an e-mail closes the line: "홍길동 한빛타임즈 기자 hong@…"
      // (the first word is not the outlet itself: "한빛일보 홍길동 기자 hong@…" names 홍길동)
      /^(?![가-힣]{0,6}(?:일보|신문|뉴스|방송|통신|타임즈|미디어)\s)([가-힣]{2,4})\s+[가-힣]{2,8}\s?(?:기자|특파원|통신원)\s*[(\[]?[\w.+-]+@[^\s)\]]*[)\]]?$/u,
      // the outlet and the reporter joined by '=' in brackets: "[한빛일보=홍길동 기자]"
      /^\[[^\]=＝]{2,20}[=＝]\s?([가-힣]{2,4})\s?(?:기자|특파원)\]$/u,
      // a name and an e-mail in brackets: "[ 홍길동 / hong@mk.co.kr ]"
      /^[\[(]\s*(\p{Script=Hangul}{2,4})\s*\/\s*\S+@[^\s\])]*\s*[\])]$/u,
      // at the end too: "〈이철용·성동기기자〉", "[디지털뉴스국 이유현 인턴기자]", "coddy@fnnews.com 예병정 기자"
      // with the outlet or desk first and the e-mail after a slash: "[MBN뉴스 홍길동 기자 / hong@mbn.co.kr]", "MBN 홍길동 기자(hong@mbn.co.kr)"
      new RegExp(String.raw`^[〈<\[(/]?\s*(?:\S+@\S*\s+)?(?:(?:[A-Z]{2,6}|\p{Script=Hangul}{2,8}(?:국|부|팀|뉴스|일보|신문|방송|경제)|[가-힣]{0,6}[A-Za-z][A-Za-z0-9가-힣]{0,10}|\p{Script=Hangul}{2,8}(?=\s*[ㅣ|｜]))(?:\s?뉴스)?(?:\s+|\s*[ㅣ|｜]\s*))?(?:${KO_PLACE}\s?[·ㆍ]\s?)?(\p{Script=Hangul}{2,4})(?:\s?[·ㆍ,]\s?\p{Script=Hangul}{2,4})*\s?(?:인턴|수습|선임|객원)?(?:기자|특파원)\s*(?:[/|,·]\s*(?:\S+@[^\s\])〉>]*|[A-Z]{2,6})\s*)?[〉>\])]?(?:\s*[[(]?\S+@[^\s\])]*[\])]?)?(?:\s*[▶☞►].{0,30})?$`, 'u'),
    ],
  },
  // month and weekday names as pages print them in date lines and stamps (dates.ts, stamps.ts, abbreviations.ts and
  // author-lines.ts read them through extract/date-words.ts); the full name first, then other spellings and abbreviations
  dates: {
    months: [['1월'], ['2월'], ['3월'], ['4월'], ['5월'], ['6월'], ['7월'], ['8월'], ['9월'], ['10월'], ['11월'], ['12월']],
    weekdays: [['월요일'], ['화요일'], ['수요일'], ['목요일'], ['금요일'], ['토요일'], ['일요일']],
    // (session 34) around a date in a stamp, besides the chrome labels (title-chrome.ts)
    stampWords: ['최종편집', '최종수정', '기사입력', '기사수정', '기사승인', '송고시간', '송고', '업데이트', '오전', '오후', '작성', '게시일', '등록일시', '입력일', '수정일'],
  },
  // the words sourcing.ts finds people by (session 32: moved from the engine, unchanged)
  names: {
    weakRoles: /주민/u,
  },
  // check-worthiness's signals (session 32: moved from extract/checkworthiness.ts, unchanged): endings attach to the word
  checkworthiness: {
    numberWords: ['[일이삼사오육칠팔구십백천만억]\\s?명'],
    dateWords: ['\\d+\\s?(?:일|월|년)', '지난달', '지난해', '지난주', '어제', '오늘', '올해'],
    factualVerbs: ['폭발', '부상', '사망', '체포', '처형', '발사', '증가', '감소', '지시', '명령', '실험'],
    opinionWords: ['어리석', '한심', '잘못'],
    unbounded: true,
    namedEntity: /[A-Za-z]{2,}|\S+(?:시|도|군|공장|기업|위원회|통신|신문|부|청|대학|연구원)(?:\s|의|에|은|는|이|가|을|를)/u,
  },
  suspects: {
    accused: /피의자|용의자|가해자|범인/u,
    questioning: /(?:경찰|검찰)?\s?조사(?:\s?과정)?에서|경찰에서|취조|심문/u,
    admits: /자백|시인|(?:범행|혐의)(?:\s?일체)?[을를]\s?(?:모두\s|전면\s|대부분\s)?(?:인정|부인)/u,
    says: /진술|주장|말했|털어놨/u,
    ownOffence: /범행/u,
  },
  // (session 34) page chrome in the headline's place (title-chrome.ts): skip links, the site's interface words
  pageChrome: {
    skipLinks: /(?:바로\s?가기|건너뛰기|본문으로 이동|메뉴로 이동)/u,
    interfaceWords: ['메뉴', '검색', '공유', '공유하기', '인쇄', '인쇄하기', '메일로', '보내기', '글자', '크게', '작게', '스크랩', '담기', '로그인', '로그아웃', '회원가입', '구독', '구독하기', '로고', '배너', '광고', '페이스북', '트위터', '구글플러스', '링크', '복사', '검색어', '입력', '양식', '카카오톡', '카카오스토리', '네이버', '밴드', '블로그', '필자의', '다른기사', '보기', '프린트', '댓글'],
  },
}
