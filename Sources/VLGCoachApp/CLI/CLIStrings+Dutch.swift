extension CLIStrings {
  static let dutch = CLIStrings(
    addedCommunity: { "Leergemeenschap “\($0)” toegevoegd (fase 1)." },
    noCommunities: "Nog geen leergemeenschappen.",
    communityHeader: ["Naam", "Fase", "Leden", "Vak"],
    phaseCell: { "fase \($0)" },
    addedMember: { "“\($0)” toegevoegd aan \($1)." },
    noMembers: { "\($0) heeft nog geen leden." },
    memberHeader: ["Naam", "School", "Rol", "Deelname"],
    importedMembers: { count, community in
      "\(count) \(count == 1 ? "lid" : "leden") geïmporteerd in \(community)."
    },
    alreadyMember: { "regel \($0): “\($1)” is al lid; overgeslagen." },
    importLine: { "regel \($0): \($1)" },
    cannotReadFile: { "Kon \($0) niet lezen: \($1)." },
    phaseMoved: { "\($0) zit nu in fase \($1) (sinds \($2))." },
    plannedMeeting: { number, day, time, community in
      "Bijeenkomst \(number) gepland op \(day)\(time.map { " om \($0)" } ?? "") voor \(community)."
    },
    plannedFourWeeksAfter: {
      "De dag volgt de maandelijkse regel: vier weken na bijeenkomst \($0), op dezelfde weekdag."
    },
    plannedSameWeekdayAfter: {
      "De dag volgt de maandelijkse regel: vier weken na bijeenkomst \($0) is al voorbij, dus de"
        + " eerste dag vanaf vandaag op dezelfde weekdag."
    },
    plannedFourWeeksFromToday:
      "De dag volgt de maandelijkse regel: vier weken na vandaag, want er is nog geen bijeenkomst.",
    noMeetings: { "\($0) heeft nog geen bijeenkomsten. Plan er een met: vlgcoach meeting add" },
    meetingHeader: ["Nr", "Datum", "Uur", "Plaats", "Fase", "Agenda", "Aanwezig", "Te bespreken"],
    attendanceCell: { attended, onList in "\(attended) van \(onList)" },
    attendanceRecorded: { meeting, attended, onList in
      "Aanwezigheid op bijeenkomst \(meeting) genoteerd: \(attended) van \(onList) aanwezig."
    },
    addedAgreement: { "Afspraak \($0) toegevoegd aan bijeenkomst \($1) van \($2)." },
    noAgreements: "Geen afspraken.",
    noOpenAgreements: "Geen open afspraken.",
    agreementHeader: [
      "Leergemeenschap", "Nr", "Soort", "Afspraak", "Wie", "Tegen", "Status", "Overgedragen",
      "Over tijd",
    ],
    dueNextMeeting: { day in "volgende bijeenkomst" + (day.map { " (\($0))" } ?? "") },
    overdueMark: "over tijd",
    reviewedAgreement: { number, status, meeting in
      "Afspraak \(number): \(status)"
        + (meeting.map { " (genoteerd in bijeenkomst \($0))." }
          ?? " (genoteerd tussen de bijeenkomsten).")
    },
    editedAgreement: { "Afspraak \($0) aangepast." },
    deletedAgreement: { "Afspraak \($0) verwijderd." },
    wroteFile: { "\($0) geschreven" },
    notAMeetingNumber: {
      "“\($0)” is geen nummer van een bijeenkomst. Bekijk ze met: vlgcoach meeting list"
    },
    unknownAgreementKind: {
      "“\($0)” is geen soort afspraak; kies finish, discuss of provide."
    },
    unknownStatus: { "“\($0)” is geen status; kies done, partly of dropped." },
    conflictingAttendance: { member, first, second in
      "\(member) is tegelijk als \(first) en als \(second) opgegeven; noem elk lid één keer."
    },
    noAttendanceGiven: "Noem de leden met --present, --absent, --excused of --late.",
    nothingToChange: "Zeg wat er verandert met --text, --kind, --owner of --due.",
    folderMissing: { "De map \($0) bestaat niet." },
    cannotWrite: { "\($0) kan niet geschreven worden: \($1)." },
    exportExists: { "\($0) bestaat al; er is niets geschreven. Vervang het met --force." },
    unknownSchool: { typed, schools in
      schools.isEmpty
        ? "“\(typed)” is geen school van deze leergemeenschap; ze heeft nog geen scholen."
        : "“\(typed)” wijst geen enkele school van deze leergemeenschap aan. Haar scholen: "
          + schools.joined(separator: ", ") + "."
    },
    notWritableTarget: { "\($0) is geen bestand, map of stroom waar een export heen kan." },
    streamInProgram: {
      "Het programma kan niet naar \($0) schrijven: het scherm gebruikt het. Typ een bestand of een map."
    },
    healthyStore: { path, count in
      "De opslag in \(path) is gezond: "
        + (count == 1 ? "1 leergemeenschap." : "\(count) leergemeenschappen.")
    },
    invalidLanguage: { "--lang is nl of en, niet “\($0)”." },
    storeInUse: { pid in
      "vlgcoach is open\(pid.map { " (proces \($0))" } ?? ""); sluit het en probeer opnieuw."
    },
    needsTerminal:
      "vlgcoach heeft een terminal nodig. Gebruik in scripts de subcommando's, bv. vlgcoach community list.",
    cannotStartTerminal: { "De terminal kan niet gestart worden: \($0)." },
    themeNotFound: { name, available in
      "Thema “\(name)” niet gevonden. Beschikbaar: \(available.joined(separator: ", "))."
    },
    themeUnreadable: { "Thema \($0) is onleesbaar: \($1)" },
    crashed: "vlgcoach stopte na een interne fout; alles wat tot dan bewaard was, is veilig."
  )
}
