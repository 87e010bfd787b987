// The coach's guide per phase. Facts from the research workshop on VLGs (seed 004) and
// the background on professional learning communities (seeds 000-003), in our own words.

extension PhaseGuide {
  /// The five phases, in order.
  public static let all: [PhaseGuide] = [
    PhaseGuide(
      phase: .engageSchoolLeaders,
      shortName: LocalizedText(nl: "Schoolleiders", en: "School leaders"),
      title: LocalizedText(
        nl: "Schoolleiders motiveren en engageren",
        en: "Engage school leaders"),
      about: LocalizedText(
        nl:
          "De procescoach brengt scholen met hetzelfde leerplan samen en overtuigt de directies om hun leraren te laten deelnemen. Samen zoeken ze hoe de VLG een vaste plek krijgt in de werking van elke school.",
        en:
          "The process coach brings together schools that teach the same curriculum and convinces their school leaders to let teachers take part. Together they work out how the VLG gets a fixed place in each school."
      ),
      decisiveFactors: [
        LocalizedText(
          nl: "Directeurs zien de meerwaarde van een VLG meestal snel in.",
          en: "School leaders usually see the value of a VLG quickly."),
        LocalizedText(
          nl: "De echte vraag is hoe je het structureel inpast: tijdens of na de lesuren.",
          en: "The real question is how to fit it in structurally: during or after lesson hours."),
        LocalizedText(
          nl: "Er ontstaan tussenoplossingen; die werken als iedereen erachter staat.",
          en: "Compromise solutions arise; they work when everyone stands behind them."),
        LocalizedText(
          nl: "Een open houding van de directie geeft de VLG een echte kans.",
          en: "Open-minded school leaders give the VLG a real chance to be tried out well."),
        LocalizedText(
          nl: "De VLG past best in een breder professionaliseringsbeleid van de school.",
          en: "The VLG works best as part of a wider professional-development policy."),
        LocalizedText(
          nl: "Coach, pedagogische begeleiding en directeurs werken van bij de start samen.",
          en: "Coach, pedagogical advisers and school leaders work together from the start."),
      ],
      coachActions: [
        LocalizedText(
          nl: "Zoek scholen die hetzelfde leerplan geven en breng hun directeurs samen.",
          en: "Find schools that teach the same curriculum and bring their school leaders together."
        ),
        LocalizedText(
          nl: "Leg kort uit wat een VLG is en wat hij de school en de leraren oplevert.",
          en: "Explain briefly what a VLG is and what it brings the school and its teachers."),
        LocalizedText(
          nl: "Maak met de directies afspraken over tijd: lesuren, vervanging of na school.",
          en: "Agree time with the school leaders: lesson hours, substitutes or after school."),
        LocalizedText(
          nl: "Betrek de pedagogische begeleiding meteen en spreek af wie wat doet.",
          en: "Involve the pedagogical advisers right away and agree who does what."),
        LocalizedText(
          nl: "Vraag directeurs om volle aanwezigheid te verwachten en de verslagen te lezen.",
          en: "Ask school leaders to expect full attendance and to read the minutes."),
      ],
      watchOuts: [
        LocalizedText(
          nl: "Enthousiasme zonder vaste tijd in het lesrooster houdt niet lang stand.",
          en: "Enthusiasm without fixed time in the timetable does not last long."),
        LocalizedText(
          nl: "Een VLG die los staat van het schoolbeleid blijft een geïsoleerd project.",
          en: "A VLG that stands apart from school policy stays an isolated project."),
        LocalizedText(
          nl: "Keuzes over tijd en deelname (vrijwillig of niet) verschillen per school.",
          en: "Choices on time and participation (voluntary or not) differ per school."),
      ]),

    PhaseGuide(
      phase: .motivateTeachers,
      shortName: LocalizedText(nl: "Motiveren", en: "Motivate"),
      title: LocalizedText(
        nl: "Opstart met leraren: motiveren tot opstart",
        en: "Motivate teachers to start"),
      about: LocalizedText(
        nl:
          "De coach stelt het concept voor aan alle betrokken leraren en laat hen ervaren wat het oplevert. Elke leraar zegt zelf dat hij of zij meedoet. Van bij het begin is duidelijk: we professionaliseren samen.",
        en:
          "The coach presents the idea to every teacher involved and lets them feel what it brings. Each teacher says out loud that they are in. From the start it is clear: we all grow professionally together."
      ),
      decisiveFactors: [
        LocalizedText(
          nl: "Leraren met hetzelfde leerplan samenbrengen: dat is de kracht van een VLG.",
          en: "Bringing together teachers of the same curriculum: that is a VLG's strength."),
        LocalizedText(
          nl: "Leraren aanvaarden en waarderen de rol van de procescoach.",
          en: "Teachers accept and value the role of the process coach."),
        LocalizedText(
          nl: "Steun van de pedagogische begeleiding, dichter bij de klas, wordt gewaardeerd.",
          en: "Support from pedagogical advisers, closer to the classroom, is appreciated."),
        LocalizedText(
          nl: "Leraren zien de kansen snel, maar voelen spanning tussen krijgen en zelf leveren.",
          en: "Teachers see the opportunities quickly, but feel torn between taking and giving."),
        LocalizedText(
          nl: "Coach en schoolleiders benadrukken beide doelen en vragen stap voor stap inzet.",
          en: "Coach and school leaders stress both goals and ask for effort step by step."),
        LocalizedText(
          nl: "Een gedeeld doel: iedereen professionaliseert samen, als een team dat leert.",
          en: "A shared aim: everyone develops professionally together, as a learning team."),
      ],
      coachActions: [
        LocalizedText(
          nl: "Leg uit hoe een VLG werkt en laat leraren proeven van de voordelen.",
          en: "Explain how a VLG works and let teachers get a taste of the benefits."),
        LocalizedText(
          nl: "Bereik elke betrokken leraar, ook wie de eerste bijeenkomst mist.",
          en: "Reach every teacher concerned, including those who miss the first meeting."),
        LocalizedText(
          nl: "Zoek samen oplossingen voor praktische hindernissen zoals tijd en verplaatsing.",
          en: "Solve practical obstacles, such as time and travel, together with them."),
        LocalizedText(
          nl: "Laat elke leraar uitspreken hoe hij of zij zich engageert.",
          en: "Have each teacher state their own commitment."),
        LocalizedText(
          nl: "Zeg meteen dat een VLG twee dingen vraagt: materiaal krijgen én zelf inzet leveren.",
          en: "Say from the start that a VLG means both getting material and putting in effort."),
      ],
      watchOuts: [
        LocalizedText(
          nl: "Wie alleen komt halen, haakt af zodra er eigen werk verwacht wordt.",
          en: "Those who only come to take tend to drop out once their own work is expected."),
        LocalizedText(
          nl: "Een vrijblijvende sfeer maakt het later moeilijk om afspraken te laten nakomen.",
          en: "A no-strings mood makes it hard later on to get agreements kept."),
        LocalizedText(
          nl: "Leraren die je nooit zelf aanspreekt, voelen zich later geen deel van de groep.",
          en: "Teachers you never speak to in person will not feel part of the group later."),
      ]),

    PhaseGuide(
      phase: .chooseThemes,
      shortName: LocalizedText(nl: "Thema's", en: "Themes"),
      title: LocalizedText(
        nl: "Opstart met leraren: thema's kiezen en organiseren",
        en: "Choose themes and organise"),
      about: LocalizedText(
        nl:
          "De groep kiest de thema's waar ze concreet aan werkt en legt de organisatie vast. Het doel is een reeks concrete, haalbare engagementen, die later herbekeken en waar nodig bijgestuurd worden.",
        en:
          "The group picks the themes it will really work on and settles how it will be organised. The aim is a set of concrete, feasible commitments, reviewed later and adjusted where needed."
      ),
      decisiveFactors: [
        LocalizedText(
          nl: "Evenwicht tussen ruimte om te ventileren en een vlotte start.",
          en: "A balance between room to vent and a brisk start."),
        LocalizedText(
          nl: "Een gestructureerde brainstorm helpt om snel tot keuzes te komen.",
          en: "A structured brainstorm helps the group reach choices quickly."),
        LocalizedText(
          nl: "Concrete, haalbare engagementen zijn essentieel; herbekijk en stuur ze bij.",
          en: "Concrete, feasible commitments are essential; review and adjust them."),
        LocalizedText(
          nl:
            "Eigen inbreng geeft eigenaarschap, maar leraren twijfelen vaak: de coach mag sturen.",
          en: "Own input gives ownership, but teachers often hesitate: the coach may steer."),
        LocalizedText(
          nl: "4 à 6 leraren per thema; een grote groep splitst in deelgroepen die uitwisselen.",
          en: "4 to 6 teachers per theme; a large group splits into subgroups that exchange."),
        LocalizedText(
          nl: "Leraren kiezen zelf hun thema, zodat verschillen tussen scholen een plaats krijgen.",
          en: "Teachers choose their theme, so differences between schools get room."),
      ],
      coachActions: [
        LocalizedText(
          nl: "Leid een gestructureerde brainstorm en noteer alle voorstellen voor thema's.",
          en: "Lead a structured brainstorm and note every theme proposal."),
        LocalizedText(
          nl: "Geef richting met concrete voorstellen als de groep onzeker blijft.",
          en: "Give direction with concrete proposals when the group stays unsure."),
        LocalizedText(
          nl: "Verdeel de leraren over de thema's, 4 à 6 per thema, en vorm zo nodig deelgroepen.",
          en: "Split teachers over the themes, 4 to 6 each, and form subgroups if needed."),
        LocalizedText(
          nl: "Leg per thema vast wie wat doet, en hoe vaak en waar de groep samenkomt.",
          en: "Record per theme who does what, and how often and where the group meets."),
        LocalizedText(
          nl: "Geef groepsvorming alle kansen: laat leraren elkaar en elkaars school leren kennen.",
          en: "Give group building every chance: let teachers get to know each other's schools."),
      ],
      watchOuts: [
        LocalizedText(
          nl: "Te lang ventileren vertraagt de start; te snel kiezen kost eigenaarschap.",
          en: "Venting too long slows the start; choosing too fast costs ownership."),
        LocalizedText(
          nl: "Te brede of vage thema's leiden tot engagementen die niemand waarmaakt.",
          en: "Themes that are too broad or vague lead to commitments nobody keeps."),
        LocalizedText(
          nl: "Een te grote groep per thema wordt anoniem: wie ontbreekt, valt niet op.",
          en: "Too big a group per theme turns anonymous: no one notices who is missing."),
      ]),

    PhaseGuide(
      phase: .discussAndDevelop,
      shortName: LocalizedText(nl: "Discussiëren", en: "Discuss"),
      title: LocalizedText(
        nl: "Leren discussiëren en uitwerken in groep",
        en: "Learn to discuss and develop as a group"),
      about: LocalizedText(
        nl:
          "Leraren delen wat ze al doen en werken over meerdere bijeenkomsten samen een nieuwe aanpak uit. Tussentijds werk wordt didactisch besproken. De coach coördineert, leidt en bewaakt de groepsdynamiek.",
        en:
          "Teachers share what they already do and build a new approach together over several meetings. Interim work is discussed on its didactics. The coach coordinates, leads and keeps an eye on group dynamics."
      ),
      decisiveFactors: [
        LocalizedText(
          nl: "Groepsdynamiek speelt van bij de start: individuele leden, trekkers en meelopers.",
          en: "Group dynamics matter from the start: individual members, drivers and followers."),
        LocalizedText(
          nl:
            "Sturen met afspraken: wat is af, wat wordt kritisch besproken, welk materiaal komt er.",
          en: "Steering with agreements: what gets done, what is discussed, what material comes."),
        LocalizedText(
          nl:
            "De groep beslist de afspraken zelf, tijdens de bijeenkomst, met een duidelijk verslag.",
          en: "The group makes its own agreements during the meeting, with clear minutes."),
        LocalizedText(
          nl: "Vernieuwend werk met diepgang, waar alle leraren intensief aan meewerken.",
          en: "Innovative work with depth, with every teacher taking an active part."),
        LocalizedText(
          nl: "Verder gaan dan wat de groep al weet, samen met de pedagogische begeleiding.",
          en: "Going beyond what the group already knows, together with pedagogical advisers."),
        LocalizedText(
          nl: "Leren professionaliseren telt minstens even zwaar als resultaten halen.",
          en: "Learning to develop professionally counts at least as much as results."),
      ],
      coachActions: [
        LocalizedText(
          nl: "Laat de groep in elke bijeenkomst zelf de afspraken beslissen.",
          en: "Let the group decide its own agreements in every meeting."),
        LocalizedText(
          nl: "Schrijf een duidelijk verslag: wie doet wat, tegen welke bijeenkomst.",
          en: "Write clear minutes: who does what, by which meeting."),
        LocalizedText(
          nl: "Volg de afspraken op vóór de volgende bijeenkomst, niet pas tijdens.",
          en: "Follow up the agreements before the next meeting, not during it."),
        LocalizedText(
          nl: "Geef elk lid voldoende ruimte: vraag ook stillere leraren om hun inbreng.",
          en: "Give every member enough room: ask quieter teachers for their input too."),
        LocalizedText(
          nl: "Neem tijd voor een nabespreking en zet de groep aan tot een kritische blik.",
          en: "Take time for a debrief and push the group to look critically."),
      ],
      watchOuts: [
        LocalizedText(
          nl: "Trekkers kunnen de groep overheersen, meelopers haken stil af: let op beide.",
          en: "Drivers can dominate and followers quietly drift off: watch both."),
        LocalizedText(
          nl: "Negatieve dynamiek sluipt er snel in; ook minder sterke leraren moeten mee.",
          en: "Negative dynamics creep in fast; weaker teachers must be carried along too."),
        LocalizedText(
          nl:
            "Leden mogen stoppen of anders meedoen, maar de groep blijft het bredere doel dragen.",
          en: "Members may stop or take part differently, but the group keeps the wider goal."),
        LocalizedText(
          nl:
            "Huiswerk waarbij collega's van elkaar afhangen is nieuw voor leraren: niet forceren.",
          en: "Homework where colleagues depend on each other is new to teachers: don't force it."),
      ]),

    PhaseGuide(
      phase: .stableWithOutput,
      shortName: LocalizedText(nl: "Stabiel", en: "Stable"),
      title: LocalizedText(
        nl: "Stabiele werking met output",
        en: "Stable operation with output"),
      about: LocalizedText(
        nl:
          "De groep maakt concreet materiaal en gebruikt het in de klas. Succes verhoogt de betrokkenheid en het leren gaat dieper. Nu moet de VLG verankerd worden, zodat hij blijft draaien zonder externe coach.",
        en:
          "The group makes concrete material and uses it in class. Success raises commitment and the learning goes deeper. Now the VLG must be anchored, so it keeps running without an external coach."
      ),
      decisiveFactors: [
        LocalizedText(
          nl: "Concreet materiaal wordt uitgewerkt en echt in de klas gebruikt.",
          en: "Concrete material is developed and really used in class."),
        LocalizedText(
          nl: "Succeservaringen maken leraren nog meer betrokken.",
          en: "Experiences of success make teachers even more committed."),
        LocalizedText(
          nl: "Het didactisch leren krijgt steeds meer diepgang.",
          en: "The didactic learning keeps gaining depth."),
        LocalizedText(
          nl: "Wat de VLG maakt, kan de vakgroepen in de scholen inspireren.",
          en: "What the VLG makes can inspire the subject departments in the schools."),
        LocalizedText(
          nl: "Voor de lange termijn is structurele verankering door de schoolleiders nodig.",
          en: "In the long run, school leaders need to anchor the VLG structurally."),
      ],
      coachActions: [
        LocalizedText(
          nl: "Draag de rol over aan een interne coach: een leraar uit de groep, met enkele uren.",
          en: "Hand the role over to an internal coach: a teacher of the group, given some hours."),
        LocalizedText(
          nl: "Organiseer toonmomenten waarop de groep haar materiaal en resultaten toont.",
          en: "Organise showcase moments where the group shows its material and results."),
        LocalizedText(
          nl: "Spreek met de scholen af hoe de resultaten naar de vakgroepen gaan.",
          en: "Agree with the schools how the results spread to the subject departments."),
        LocalizedText(
          nl: "Vraag de scholen om de vakleraren op dezelfde momenten lesvrij te maken.",
          en: "Ask the schools to free the subject teachers at the same moments."),
        LocalizedText(
          nl: "Maak de samenwerking met de pedagogische begeleiding een vast onderdeel.",
          en: "Make the cooperation with the pedagogical advisers a fixed part of the work."),
      ],
      watchOuts: [
        LocalizedText(
          nl: "Zonder interne coach valt de VLG stil zodra de externe coach vertrekt.",
          en: "Without an internal coach the VLG stalls as soon as the external coach leaves."),
        LocalizedText(
          nl: "Resultaten die binnen de VLG blijven, bereiken de rest van de vakgroep niet.",
          en: "Results that stay inside the VLG never reach the rest of the department."),
        LocalizedText(
          nl: "Lesvrije momenten die elke school apart regelt, maken samenkomen op termijn lastig.",
          en: "Free periods arranged school by school make meeting together hard over time."),
      ]),
  ]
}
