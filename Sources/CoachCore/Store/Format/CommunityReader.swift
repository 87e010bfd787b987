import Foundation

/// Makes a community of a stored tree of the current shape (older shapes are migrated
/// first). Whatever the tree holds, the result is a community whose rules hold: ids unique,
/// numbers unique, ranges kept, a phase history. What had to be mended is in the log.
struct CommunityReader {
  let log: ReadLog

  /// nil only when there is no community to speak of: no dictionary, or no usable id.
  func community(_ value: PlistValue?, fileID: UUID?) -> Community? {
    guard let fields = FieldReader(value, place: .community, log: log) else { return nil }
    let storedID = fields.uuid("id")
    let storedName = fields.line("name") ?? ""
    // Neither its id nor its name: nothing left to call it by, so nothing to mend.
    guard storedID != nil || !storedName.isEmpty, let id = storedID ?? fileID else { return nil }
    if storedID == nil { log.repair(.community, .valueReset(field: "id")) }
    var name = storedName
    if name.isEmpty {
      log.repair(.community, .valueReset(field: "name"))
      name = "VLG " + id.text.prefix(8)
    }
    fields.keepUnknown(known: StoredShape.communityKeys, at: "community")
    let members = uniqueMembers(fields.array("members") ?? [])
    let known = Set(members.map(\.id))
    let meetings = uniqueMeetings(fields.array("meetings") ?? []).map { meeting in
      var meeting = meeting
      let kept = meeting.roles.filter { known.contains($0.value) }
      if kept.count != meeting.roles.count {
        log.repair(.meeting(meeting.day.iso), .valueReset(field: "roles"))
        meeting.roles = kept
      }
      return meeting
    }
    let history = phaseHistory(fields)
    // Missing: the first phase day, when it lies within the instants a file may hold (so the
    // mended value reads back as it is), else 1970.
    let firstDay = history.first.map { $0.day.date(in: TimeZone(identifier: "UTC") ?? .current) }
    let created =
      fields.date("created")
      ?? firstDay.flatMap { StoredLimits.instants.contains($0.timeIntervalSince1970) ? $0 : nil }
      ?? Date(timeIntervalSince1970: 0)
    if !fields.has("created") { log.repair(.community, .valueReset(field: "created")) }
    return Community(
      restoring: id, name: name, subject: fields.line("subject") ?? "",
      schools: fields.lines("schools") ?? [], phaseHistory: history, members: members,
      meetings: meetings, agreements: agreements(fields.array("agreements") ?? []),
      themes: ThemeReader(log: log).themes(fields.array("themes") ?? [], members: members),
      internalCoach: internalCoach(fields, members: members),
      checklistTicks: checklistTicks(fields),
      checklistRounds: ChecklistRoundReader(log: log).rounds(
        fields.array("checklistRounds") ?? [], members: members),
      created: created)
  }

  /// The internal coach: one of the members still taking part, else nobody.
  private func internalCoach(_ fields: FieldReader, members: [Member]) -> UUID? {
    guard fields.has("internalCoach") else { return nil }
    guard let id = fields.uuid("internalCoach"),
      members.contains(where: { $0.id == id && $0.isActive })
    else {
      log.repair(.community, .valueReset(field: "internalCoach"))
      return nil
    }
    return id
  }

  /// The coach's ticks on the items this version knows: a day and a remark of one line; a
  /// tick without a day is dropped and reported. Entries of items this version does not
  /// know (a newer version's checklist) are kept as they are and written back.
  private func checklistTicks(_ fields: FieldReader) -> [String: ChecklistTick] {
    guard fields.has("checklistTicks") else { return [:] }
    guard let all = FieldReader(fields.fields["checklistTicks"], place: .community, log: log)
    else {
      log.repair(.community, .valueReset(field: "checklistTicks"))
      return [:]
    }
    let known = Set(PlaybookItem.all.map(\.id))
    all.keepUnknown(known: PlistKeySet(known), at: "checklistTicks")
    var ticks: [String: ChecklistTick] = [:]
    for (id, value) in all.fields where known.contains(id) {
      guard let tick = FieldReader(value, place: .community, log: log), let day = tick.day("day")
      else {
        log.repair(.community, .valueReset(field: "checklistTicks"))
        continue
      }
      tick.keepUnknown(known: StoredShape.tickKeys, at: "tick/\(id)")
      ticks[id] = ChecklistTick(day: day, remark: tick.line("remark") ?? "")
    }
    return ticks
  }

  // MARK: - Phases

  private func phaseHistory(_ community: FieldReader) -> [PhaseChange] {
    var history: [PhaseChange] = []
    for (index, value) in (community.array("phaseHistory") ?? []).enumerated() {
      guard let fields = FieldReader(value, place: .phaseHistory, log: log),
        let number = fields.integer("phase", in: 1...Phase.allCases.count),
        let phase = Phase(number: number), let day = fields.day("day")
      else {
        log.repair(.phaseHistory, .entryDropped)
        continue
      }
      fields.keepUnknown(known: StoredShape.phaseChangeKeys, at: "phase/\(index)")
      history.append(PhaseChange(phase: phase, day: day, note: fields.text("note") ?? ""))
    }
    let ordered = history.enumerated().sorted {
      $0.element.day == $1.element.day ? $0.offset < $1.offset : $0.element.day < $1.element.day
    }.map(\.element)
    if ordered != history { log.repair(.phaseHistory, .valueReset(field: "day")) }
    if ordered.isEmpty {
      log.repair(.phaseHistory, .valueReset(field: "phaseHistory"))
      let day = CalendarDay(year: 2000, month: 1, day: 1) ?? CalendarDay(Date(), in: .current)
      return [PhaseChange(phase: .engageSchoolLeaders, day: day)]
    }
    return ordered
  }

  // MARK: - Members

  private func uniqueMembers(_ values: [PlistValue]) -> [Member] {
    var seen = Set<UUID>()
    return values.compactMap { value in
      guard var member = self.member(value) else { return nil }
      if !seen.insert(member.id).inserted {
        log.repair(.member(member.name), .newID)
        member = member.withID(UUID())
        seen.insert(member.id)
      }
      return member
    }
  }

  private func member(_ value: PlistValue) -> Member? {
    let unnamed = StoredRepair.Place.member("?")
    guard let peek = FieldReader(value, place: unnamed, log: log) else {
      log.repair(unnamed, .entryDropped)
      return nil
    }
    let name = peek.fields["name"]?.string.map(TextCleaning.line) ?? ""
    let fields = FieldReader(value, place: .member(name.isEmpty ? "?" : name), log: log)
    guard let fields, let id = fields.uuid("id"), let name = fields.line("name"), !name.isEmpty
    else {
      log.repair(unnamed, .entryDropped)
      return nil
    }
    fields.keepUnknown(known: StoredShape.memberKeys, at: "member/\(id.text)")
    return Member(
      id: id, name: name, school: fields.line("school") ?? "",
      role: fields.enumeration("role", MemberRole.self) ?? .teacher,
      participation: fields.enumeration("participation", Participation.self) ?? .active,
      participationSince: fields.day("participationSince"),
      participationReason: fields.text("participationReason") ?? "",
      committedOn: fields.day("committedOn"), joinedOn: fields.day("joinedOn"))
  }

  // MARK: - Meetings

  private func uniqueMeetings(_ values: [PlistValue]) -> [Meeting] {
    var seen = Set<UUID>()
    var itemIDs = Set<UUID>()
    return values.compactMap { value in
      guard var meeting = self.meeting(value) else { return nil }
      if !seen.insert(meeting.id).inserted {
        log.repair(.meeting(meeting.day.iso), .newID)
        meeting = meeting.withID(UUID())
        seen.insert(meeting.id)
      }
      for index in meeting.agenda.indices where !itemIDs.insert(meeting.agenda[index].id).inserted {
        log.repair(.agendaItem(meeting.agenda[index].title, meeting: meeting.day.iso), .newID)
        meeting.agenda[index] = meeting.agenda[index].withID(UUID())
        itemIDs.insert(meeting.agenda[index].id)
      }
      return meeting
    }
  }

  private func meeting(_ value: PlistValue) -> Meeting? {
    let unknown = StoredRepair.Place.meeting("?")
    guard let peek = FieldReader(value, place: unknown, log: log) else {
      log.repair(unknown, .entryDropped)
      return nil
    }
    let dayText = peek.fields["day"]?.string ?? "?"
    let place = StoredRepair.Place.meeting(dayText)
    guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
      let day = fields.day("day")
    else {
      log.repair(place, .entryDropped)
      return nil
    }
    fields.keepUnknown(known: StoredShape.meetingKeys, at: "meeting/\(id.text)")
    let phase = fields.integer("phase", in: 1...Phase.allCases.count).flatMap(Phase.init(number:))
    if !fields.has("phase") { log.repair(place, .valueReset(field: "phase")) }
    let agenda = (fields.array("agenda") ?? []).compactMap {
      agendaItem($0, meetingID: id, day: day.iso)
    }
    var meeting = Meeting(
      id: id, day: day, time: fields.time("time"), place: fields.line("place") ?? "",
      phase: phase ?? .engageSchoolLeaders, agenda: agenda, attendance: attendance(fields),
      notes: fields.text("notes") ?? "")
    meeting.roles = roles(fields, meetingID: id)
    return meeting
  }

  /// Role → member id; a role this version does not know is kept, an id that is not one is
  /// dropped and reported (ids of no member are dropped once the members are known).
  private func roles(_ meeting: FieldReader, meetingID: UUID) -> [MeetingRole: UUID] {
    guard meeting.has("roles") else { return [:] }
    guard let all = FieldReader(meeting.fields["roles"], place: meeting.place, log: log) else {
      log.repair(meeting.place, .valueReset(field: "roles"))
      return [:]
    }
    all.keepUnknown(
      known: StoredShape.roleKeys, at: "meeting/\(meetingID.text)/roles")
    var roles: [MeetingRole: UUID] = [:]
    for role in MeetingRole.allCases where all.has(role.rawValue) {
      guard let id = all.uuid(role.rawValue) else {
        log.repair(meeting.place, .valueReset(field: "roles"))
        continue
      }
      roles[role] = id
    }
    return roles
  }

  /// Member id → attendance. Ids are compared as UUIDs, so `abc…` and `ABC…` are one member:
  /// the first by key order counts and the other is reported.
  private func attendance(_ meeting: FieldReader) -> [UUID: Attendance] {
    guard let raw = meeting.fields["attendance"] else { return [:] }
    guard let entries = raw.dictionary else {
      log.repair(meeting.place, .valueReset(field: "attendance"))
      return [:]
    }
    var result: [UUID: Attendance] = [:]
    for key in entries.keys.sorted() {
      guard let id = UUID.parsing(key),
        let mark = entries[key]?.string.flatMap(Attendance.init(rawValue:)),
        result[id] == nil
      else {
        log.repair(meeting.place, .valueReset(field: "attendance"))
        continue
      }
      result[id] = mark
    }
    return result
  }

  private func agendaItem(_ value: PlistValue, meetingID: UUID, day: String) -> AgendaItem? {
    let peekTitle = value.dictionary?["title"]?.string.map(TextCleaning.line) ?? "?"
    let place = StoredRepair.Place.agendaItem(peekTitle, meeting: day)
    guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id")
    else {
      log.repair(place, .entryDropped)
      return nil
    }
    fields.keepUnknown(
      known: StoredShape.agendaItemKeys,
      at: "meeting/\(meetingID.text)/item/\(id.text)")
    var startedAt = fields.date("startedAt")
    var endedAt = fields.date("endedAt")
    if let start = startedAt, let end = endedAt, end < start {
      log.repair(place, .valueReset(field: "endedAt"))
      endedAt = nil
    }
    if startedAt == nil && endedAt != nil {
      log.repair(place, .valueReset(field: "endedAt"))
      endedAt = nil
      startedAt = nil
    }
    return AgendaItem(
      id: id, title: fields.line("title") ?? "",
      plannedMinutes: fields.integer("plannedMinutes", in: AgendaItem.plannedMinutesRange) ?? 0,
      presenter: fields.line("presenter") ?? "",
      role: fields.enumeration("role", AgendaItem.Role.self) ?? .regular,
      notes: fields.text("notes") ?? "", decisions: fields.lines("decisions") ?? [],
      startedAt: startedAt, endedAt: endedAt,
      protocolID: fields.line("protocol").flatMap { $0.isEmpty ? nil : $0 })
  }

  // MARK: - Agreements

  private func agreements(_ values: [PlistValue]) -> [Agreement] {
    var ids = Set<UUID>()
    var numbers = Set<Int>()
    var read = values.compactMap(agreement)
    var highest = read.map(\.number).max() ?? 0
    for index in read.indices {
      if !ids.insert(read[index].id).inserted {
        log.repair(.agreement(read[index].number), .newID)
        read[index] = read[index].withID(UUID())
        ids.insert(read[index].id)
      }
      if !numbers.insert(read[index].number).inserted {
        highest += 1
        log.repair(.agreement(read[index].number), .renumbered(to: highest))
        read[index] = read[index].withNumber(highest)
        numbers.insert(highest)
      }
    }
    return read
  }

  private func agreement(_ value: PlistValue) -> Agreement? {
    let peekNumber = value.dictionary?["number"]?.integer ?? 0
    let place = StoredRepair.Place.agreement(peekNumber)
    guard let fields = FieldReader(value, place: place, log: log), let id = fields.uuid("id"),
      let number = fields.integer("number", in: StoredLimits.agreementNumbers),
      let madeIn = fields.uuid("madeIn"), let text = fields.text("text"), !text.isEmpty
    else {
      log.repair(place, .entryDropped)
      return nil
    }
    fields.keepUnknown(known: StoredShape.agreementKeys, at: "agreement/\(id.text)")
    var owners: [UUID] = []
    for owner in fields.array("owners") ?? [] {
      guard let ownerID = owner.uuid else {
        log.repair(place, .valueReset(field: "owners"))
        continue
      }
      if !owners.contains(ownerID) { owners.append(ownerID) }
    }
    return Agreement(
      id: id, number: number, kind: fields.enumeration("kind", AgreementKind.self) ?? .finish,
      text: text, owners: owners, madeIn: madeIn,
      // Not checked against the agenda: an item deleted later leaves an id that points
      // nowhere, which only means “under no item shown”; mending it would report a repair on
      // every open for a state the program itself makes.
      madeUnder: fields.uuid("madeUnder"), due: due(fields) ?? .nextMeeting,
      reviews: reviews(fields, agreementID: id))
  }

  private func due(_ fields: FieldReader) -> Agreement.Due? {
    guard let text = fields.fields["due"]?.string else {
      if fields.has("due") { fields.log.repair(fields.place, .valueReset(field: "due")) }
      return nil
    }
    if text == StoredShape.dueAtNextMeeting { return .nextMeeting }
    if let day = CalendarDay(iso: text) { return .day(day) }
    fields.log.repair(fields.place, .valueReset(field: "due"))
    return nil
  }

  /// The reviews in time order (the last one is the status), unreadable ones left out.
  private func reviews(_ agreement: FieldReader, agreementID: UUID) -> [Agreement.Review] {
    var result: [Agreement.Review] = []
    for (index, value) in (agreement.array("reviews") ?? []).enumerated() {
      guard let fields = FieldReader(value, place: agreement.place, log: log),
        let day = fields.day("day"),
        let outcome = fields.enumeration("outcome", AgreementOutcome.self)
      else {
        log.repair(agreement.place, .valueReset(field: "reviews"))
        continue
      }
      fields.keepUnknown(
        known: StoredShape.reviewKeys, at: "agreement/\(agreementID.text)/review/\(index)")
      result.append(
        Agreement.Review(
          meetingID: fields.uuid("meetingID"), day: day, outcome: outcome,
          note: fields.text("note") ?? ""))
    }
    // Written in order, so nearly always read in order: then there is nothing to sort.
    if zip(result, result.dropFirst()).allSatisfy({ $0.day <= $1.day }) { return result }
    let ordered = result.enumerated().sorted {
      $0.element.day == $1.element.day ? $0.offset < $1.offset : $0.element.day < $1.element.day
    }.map(\.element)
    if ordered != result { log.repair(agreement.place, .valueReset(field: "reviews")) }
    return ordered
  }
}
