import CoachCore
import Foundation

/// Writes a seeded archive as a normal store (`vlgcoach --store DIR` opens it), so the
/// program can be measured — and tried by hand — on years of records.
///
/// - realistic: 12 communities × 30 meetings, 8 members, 6 agreements a meeting, with
///   minutes, the coach's notes and checklist answers;
/// - stress: 200 communities × 40 meetings, 8–10 members, 8 agreements a meeting.
///
/// Each meeting reviews every agreement still open, as the meeting screen lists them: done
/// and dropped ones leave the list, the others come back at the next meeting. (Version 1
/// reviewed each agreement once, so that a third of all agreements stayed open for years,
/// carried over up to 39 times; no group works like that.)
struct ArchiveGenerator {
  /// Written into the marker beside a generated archive: an archive of another version, or
  /// written in an older shape (which every read would migrate, and `check` never marks as
  /// checked), is generated again.
  static let version = "2-schema\(PropertyListStore.schemaVersion)"

  struct Size {
    let communities: Int
    let meetings: Int
    let members: ClosedRange<Int>
    let agreementsPerMeeting: Int
    /// Minutes, notes, themes and checklist answers, as a coach's real archive has them.
    let rich: Bool

    static let realistic = Size(
      communities: 12, meetings: 30, members: 8...8, agreementsPerMeeting: 6, rich: true)
    static let stress = Size(
      communities: 200, meetings: 40, members: 8...10, agreementsPerMeeting: 8, rich: false)
    /// For CI's quick run: small enough to write in a second, with every kind of record.
    static let quick = Size(
      communities: 4, meetings: 5, members: 8...8, agreementsPerMeeting: 4, rich: true)
  }

  let size: Size
  var random: SeededRandom
  let today: CalendarDay
  let now: Date

  static let schools = [
    "KA Geel", "Sint-Victor Turnhout", "Heilig Graf", "Atheneum Berchem", "KOGEKA Geel",
    "Sint-Lievenscollege", "Campus Zuid", "Sint-Jozef Kalmthout",
  ]
  static let firstNames = [
    "Zoë", "Jan", "Els", "Ahmed", "Marie", "Bram", "Lotte", "Wout", "Nora", "Dirk", "An", "Chloé",
  ]
  static let lastNames = [
    "Dëmeester", "de Vries", "Peeters", "El Amrani", "Claes", "Wouters", "Janssens", "Maes",
    "Smet", "Vos",
  ]
  static let subjects = [
    "Handel", "Geschiedenis", "Wiskunde", "Frans", "Biologie", "Chemie", "Engels", "Fysica",
  ]

  /// Builds every community and saves it (and its notes) into the store.
  mutating func write(to store: PropertyListStore) throws -> (meetings: Int, agreements: Int) {
    var meetings = 0
    var agreements = 0
    for index in 0..<size.communities {
      let (community, notebook) = try makeCommunity(index)
      try store.save(community)
      if !notebook.notes.isEmpty { try store.saveNotebook(notebook) }
      meetings += community.meetings.count
      agreements += community.agreements.count
    }
    return (meetings, agreements)
  }

  private mutating func day(_ offset: Int) -> CalendarDay {
    today.adding(days: offset) ?? today
  }

  mutating func makeCommunity(_ index: Int) throws -> (Community, CoachNotebook) {
    let subject = Self.subjects[index % Self.subjects.count]
    let schools = (0..<3).map { Self.schools[(index + $0 * 3) % Self.schools.count] }
    // Monthly meetings up to last week: the archive reaches back years.
    let firstMeeting = -7 - 28 * (size.meetings - 1)
    var community = Community(
      name: "VLG \(subject) \(index + 1)", subject: subject, schools: schools,
      since: day(firstMeeting - 60), created: now)
    let memberCount = random.next(in: size.members)
    for number in 0..<memberCount {
      let name =
        Self.firstNames[(index + number) % Self.firstNames.count] + " "
        + Self.lastNames[(index * 3 + number) % Self.lastNames.count] + " \(number + 1)"
      try community.addMember(
        MemberDraft(name: name, school: schools[number % schools.count]),
        today: day(firstMeeting - 30))
    }
    var notebook = CoachNotebook(communityID: community.id)
    let ids = community.members.map(\.id)
    var open: [UUID] = []
    for number in 0..<size.meetings {
      let meetingDay = day(firstMeeting + 28 * number)
      // The phases follow the meetings: a few months per phase, then stable work.
      let phaseAt = [0: 1, 2: 2, 5: 3, 9: 4, 16: 5]
      if let target = phaseAt[number].flatMap(Phase.init(number:)), target != community.phase {
        try community.move(to: target, on: meetingDay.adding(days: -1) ?? meetingDay)
      }
      let meeting = community.addMeeting(
        on: meetingDay, at: TimeOfDay(hour: 16, minute: 0), place: schools[number % 3],
        language: .nl)
      for id in ids { community.setAttendance(attendance(), of: id, at: meeting.id) }
      // Every agreement still open is followed up here, as the meeting's review lists them
      // all: those done or dropped leave the list, the others come back next time.
      for agreement in open { try followUp(agreement, &community, meeting.id, meetingDay) }
      open = open.filter { id in
        !(community.agreements.first { $0.id == id }?.isClosed ?? true)
      }
      for item in 0..<size.agreementsPerMeeting {
        let owners = [ids[random.next(in: 0...(ids.count - 1))]]
        let made = try community.addAgreement(
          kind: AgreementKind.allCases[item % AgreementKind.allCases.count],
          text: "Afspraak \(item + 1) van bijeenkomst \(number + 1): lesmateriaal uitproberen",
          owners: owners, madeIn: meeting.id)
        open.append(made.id)
      }
      if size.rich { try enrich(&community, &notebook, meeting.id, number, ids) }
    }
    return (community, notebook)
  }

  private mutating func attendance() -> Attendance {
    switch random.next(in: 0...99) {
    case 0..<78: .present
    case 78..<84: .late
    case 84..<93: .excused
    default: .absent
    }
  }

  /// Done, partly, carried over (open) or dropped, as groups do.
  private mutating func followUp(
    _ agreement: UUID, _ community: inout Community, _ meeting: UUID, _ day: CalendarDay
  ) throws {
    switch random.next(in: 0...99) {
    case 0..<62: try community.review(agreement: agreement, outcome: .done, in: meeting, on: day)
    case 62..<75:
      try community.review(agreement: agreement, outcome: .partly, in: meeting, on: day)
    case 75..<92:
      try community.review(agreement: agreement, outcome: .open, in: meeting, on: day)
    case 92..<97:
      try community.review(
        agreement: agreement, outcome: .dropped, note: "Niet meer nodig", in: meeting, on: day)
    default: break
    }
  }

  /// Minutes, a note now and then, and the meeting evaluation filled in by most teachers.
  private mutating func enrich(
    _ community: inout Community, _ notebook: inout CoachNotebook, _ meetingID: UUID,
    _ number: Int, _ ids: [UUID]
  ) throws {
    guard var meeting = community.meeting(withID: meetingID) else { return }
    meeting.notes = "Verslag van bijeenkomst \(number + 1).\nVolgende keer: casus uitwerken."
    if meeting.agenda.indices.contains(1) {
      meeting.agenda[1].notes = "Besproken: wat werkte in de klas, wat niet."
      meeting.agenda[1].decisions = ["We delen het materiaal via de gedeelde map."]
    }
    community.updateMeeting(meeting)
    if number % 3 == 0 {
      try notebook.add(
        "Groep werkt goed samen; \(number % 2 == 0 ? "trekkers nemen het woord" : "stillere leden komen meer aan bod").",
        about: [ids[number % ids.count]], tags: [.driver], day: meeting.day, meetingID: meetingID,
        in: community)
    }
    for id in ids where random.next(in: 0...99) < 75 {
      try community.submitChecklist(
        .meetingEvaluation, meetingID: meetingID, day: meeting.day, anonymous: false,
        memberID: id,
        answers: [
          "learned": .scale(random.next(in: 2...5)),
          "room-to-speak": .scale(random.next(in: 2...5)),
          "next-step": random.next(in: 0...9) < 8 ? .yes : .no,
        ], at: now)
    }
  }
}

/// SplitMix64: the same seed gives the same archive on every machine.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  mutating func next(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}
