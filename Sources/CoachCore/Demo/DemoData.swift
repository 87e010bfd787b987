import Foundation

/// A realistic sample for `--demo`: a commerce VLG of three schools and seven members in
/// phase 4, and a history VLG in phase 2. Names and schools are invented.
public enum DemoData {
  public static func communities(today: CalendarDay, now: Date) -> [Community] {
    [commerce(today: today, now: now), history(today: today, now: now)]
  }

  /// `today` shifted by whole months, for a believable history.
  static func monthsAgo(_ months: Int, day: Int, from today: CalendarDay) -> CalendarDay {
    var month = today.month - months
    var year = today.year
    while month < 1 {
      month += 12
      year -= 1
    }
    while month > 12 {
      month -= 12
      year += 1
    }
    return CalendarDay(year: year, month: month, day: min(day, 28)) ?? today
  }

  static func commerce(today: CalendarDay, now: Date) -> Community {
    let schools = ["KA Geel", "Sint-Victor Turnhout", "Heilig Graf Turnhout"]
    var community = Community(
      name: "VLG Handel Kempen", subject: "Handel (2de graad)", schools: schools,
      since: monthsAgo(14, day: 2, from: today), created: now)
    try? community.move(
      to: .motivateTeachers, on: monthsAgo(13, day: 6, from: today),
      note: "Drie directies akkoord; vrijdagnamiddag vrijgemaakt.")
    try? community.move(to: .chooseThemes, on: monthsAgo(12, day: 17, from: today))
    try? community.move(
      to: .discussAndDevelop, on: monthsAgo(10, day: 12, from: today),
      note: "Thema's gekozen: evaluatie boekhouding en casussen ondernemen.")
    let people: [(String, Int, MemberRole)] = [
      ("Zoë Dëmeester", 0, .teacher), ("Jan de Vries", 0, .teacher), ("Els Peeters", 1, .teacher),
      ("Ahmed El Amrani", 1, .teacher), ("Marie Claes", 2, .teacher), ("Bram Wouters", 2, .teacher),
      ("Sofie Janssens", 0, .pedagogicalAdviser),
    ]
    for (name, school, role) in people {
      let draft = MemberDraft(
        name: name, school: schools[school], role: role,
        committedOn: monthsAgo(13, day: 20, from: today),
        joinedOn: monthsAgo(13, day: 6, from: today))
      _ = try? community.addMember(draft, today: today)
    }
    addMeetings(to: &community, today: today)
    addThemes(to: &community, today: today)
    addChecklistAnswers(to: &community, now: now)
    return community
  }

  /// The two themes the phase history names: one with output tried in class and a showcase
  /// to come, one still short of teachers.
  static func addThemes(to community: inout Community, today: CalendarDay) {
    let ids = community.members.map(\.id)
    guard ids.count >= 6,
      let evaluation = try? community.addTheme(
        title: "Evaluatie boekhouding", description: "Rubrics en feedback bij de jaarrekening.",
        members: Array(ids[0..<4]))
    else { return }
    _ = try? community.addTheme(
      title: "Casussen ondernemen", members: [ids[4], ids[5], ids[1]])
    if let index = community.themes.firstIndex(where: { $0.id == evaluation.id }) {
      community.themes[index].status = .inProgress
    }
    _ = try? community.addOutput(
      toTheme: evaluation.id, title: "Rubric jaarrekening",
      madeOn: monthsAgo(3, day: 9, from: today),
      triedInClassOn: monthsAgo(2, day: 4, from: today))
    _ = try? community.addMoment(
      toTheme: evaluation.id, kind: .showcase, day: monthsAgo(-3, day: 20, from: today),
      note: "Vakgroepen economie van de drie scholen")
  }

  /// The coach's notes on a demo community: a few, so the timeline is not empty.
  public static func notebook(for community: Community) -> CoachNotebook {
    var notebook = CoachNotebook(communityID: community.id)
    let members = community.members
    guard members.count >= 6, let held = community.meetingsInOrder.first else { return notebook }
    _ = try? notebook.add(
      "Trekt de groep mee; vat op het einde samen.", about: [members[0].id], tags: [.driver],
      day: held.day, meetingID: held.id, in: community)
    _ = try? notebook.add(
      "Zegt weinig in de grote groep, in duo's wel.", about: [members[5].id],
      tags: [.quiet, .supportNeeded], day: held.day, meetingID: held.id, in: community)
    return notebook
  }

  /// Two meetings held and one to come, with attendance and agreements of the three kinds.
  static func addMeetings(to community: inout Community, today: CalendarDay) {
    let place = "KA Geel, lokaal 2.14"
    let first = community.addMeeting(
      on: monthsAgo(2, day: 15, from: today), at: TimeOfDay(hour: 14, minute: 0), place: place,
      language: .nl)
    let second = community.addMeeting(
      on: monthsAgo(1, day: 13, from: today), at: TimeOfDay(hour: 14, minute: 0), place: place,
      language: .nl)
    community.addMeeting(
      on: monthsAgo(-1, day: 8, from: today), at: TimeOfDay(hour: 14, minute: 0), place: place,
      language: .nl)
    let people = Dictionary(uniqueKeysWithValues: community.members.map { ($0.name, $0.id) })
    func who(_ names: String...) -> [UUID] { names.compactMap { people[$0] } }
    for (meeting, absent) in [(first.id, "Els Peeters"), (second.id, "Bram Wouters")] {
      for member in community.members where member.role == .teacher {
        community.setAttendance(
          member.name == absent ? .excused : .present, of: member.id, at: meeting)
      }
    }
    let chapter = try? community.addAgreement(
      kind: .finish, text: "Hoofdstuk 3 (boekhouding) afwerken", owners: who("Zoë Dëmeester"),
      madeIn: first.id)
    let casus = try? community.addAgreement(
      kind: .discuss, text: "Casus van Ahmed vooraf lezen",
      owners: who("Jan de Vries", "Marie Claes"),
      madeIn: first.id)
    _ = try? community.addAgreement(
      kind: .provide, text: "Oefenbundel voorzien", owners: who("Jan de Vries"), madeIn: first.id)
    _ = try? community.addAgreement(
      kind: .finish, text: "Evaluatiecriteria uitwerken in deelgroep",
      owners: who("Ahmed El Amrani", "Els Peeters"), madeIn: second.id)
    if let chapter {
      try? community.review(agreement: chapter.id, outcome: .done, in: second.id, on: second.day)
    }
    if let casus {
      try? community.review(
        agreement: casus.id, outcome: .partly, note: "Jan las hem, Marie nog niet", in: second.id,
        on: second.day)
    }
  }

  static func history(today: CalendarDay, now: Date) -> Community {
    let schools = ["Sint-Lievenscollege", "Atheneum Berchem", "Onze-Lieve-Vrouwecollege"]
    var community = Community(
      name: "VLG Geschiedenis Antwerpen", subject: "Geschiedenis (3de graad)", schools: schools,
      since: monthsAgo(3, day: 9, from: today), created: now)
    try? community.move(
      to: .motivateTeachers, on: monthsAgo(1, day: 14, from: today),
      note: "Startbijeenkomst gepland; twee scholen geven vrijstelling tijdens lesuren.")
    let people: [(String, Int, MemberRole)] = [
      ("Lotte Verhoeven", 0, .teacher), ("Karim Benali", 1, .teacher),
      ("Nathalie Dubois", 2, .teacher), ("Pieter Van den Broeck", 0, .schoolLeader),
    ]
    for (name, school, role) in people {
      _ = try? community.addMember(
        MemberDraft(
          name: name, school: schools[school], role: role,
          joinedOn: monthsAgo(1, day: 14, from: today)),
        today: today)
    }
    return community
  }
}
