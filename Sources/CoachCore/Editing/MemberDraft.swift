import Foundation

/// What a coach fills in for a member, before it is checked and applied.
public struct MemberDraft: Equatable, Sendable {
  public var name: String
  public var school: String
  public var role: MemberRole
  public var participation: Participation
  public var participationSince: CalendarDay?
  public var participationReason: String
  public var committedOn: CalendarDay?
  /// Nil for a new member: they join today.
  public var joinedOn: CalendarDay?

  public init(
    name: String, school: String = "", role: MemberRole = .teacher,
    participation: Participation = .active, participationSince: CalendarDay? = nil,
    participationReason: String = "", committedOn: CalendarDay? = nil,
    joinedOn: CalendarDay? = nil
  ) {
    self.name = name
    self.school = school
    self.role = role
    self.participation = participation
    self.participationSince = participationSince
    self.participationReason = participationReason
    self.committedOn = committedOn
    self.joinedOn = joinedOn
  }

  public init(_ member: Member) {
    self.init(
      name: member.name, school: member.school, role: member.role,
      participation: member.participation, participationSince: member.participationSince,
      participationReason: member.participationReason, committedOn: member.committedOn,
      joinedOn: member.joinedOn)
  }
}

extension Community {
  /// Adds a member from a draft; names are unique within a community.
  @discardableResult
  public mutating func addMember(_ draft: MemberDraft, today: CalendarDay, id: UUID = UUID())
    throws -> Member
  {
    var member = Member(id: id, name: "")
    try fill(&member, from: draft, today: today)
    member.joinedOn = draft.joinedOn ?? today
    members.append(member)
    return member
  }

  public mutating func updateMember(id: UUID, with draft: MemberDraft, today: CalendarDay) throws {
    guard let index = members.firstIndex(where: { $0.id == id }) else { return }
    var member = members[index]
    try fill(&member, from: draft, today: today)
    members[index] = member
    // A member who stops no longer coaches the group.
    if !member.isActive, internalCoach == id { internalCoach = nil }
  }

  /// Whether a member other than `other` has this name: the one rule of what counts as the
  /// same name, for adding, renaming and importing alike.
  public func hasMember(named name: String, other: UUID? = nil) -> Bool {
    members.contains { $0.id != other && Member.sameName($0.name, name) }
  }

  public mutating func removeMember(id: UUID) {
    members.removeAll { $0.id == id }
    if internalCoach == id { internalCoach = nil }
    for meeting in meetings.indices {
      meetings[meeting].roles = meetings[meeting].roles.filter { $0.value != id }
    }
    for theme in themes.indices {
      themes[theme].members.removeAll { $0 == id }
      for group in themes[theme].subgroups.indices {
        themes[theme].subgroups[group].members.removeAll { $0 == id }
      }
    }
    // Their answers still count in the results, without a name that points nowhere.
    for round in checklistRounds.indices {
      for response in checklistRounds[round].responses.indices
      where checklistRounds[round].responses[response].memberID == id {
        checklistRounds[round].responses[response].memberID = nil
      }
    }
  }

  private func fill(_ member: inout Member, from draft: MemberDraft, today: CalendarDay) throws {
    let name = TextCleaning.line(draft.name)
    guard !name.isEmpty else { throw CoachError.emptyMemberName }
    if hasMember(named: name, other: member.id) { throw CoachError.duplicateMemberName(name) }
    let changedParticipation = draft.participation != member.participation
    member.name = name
    member.school = TextCleaning.line(draft.school)
    member.role = draft.role
    member.participation = draft.participation
    // A change of participation without a date happened today.
    if draft.participation == .active {
      member.participationSince = nil
      member.participationReason = ""
    } else {
      member.participationReason = TextCleaning.multiline(draft.participationReason)
      // A changed participation with the old day still in the draft began today.
      let keptOldDay = draft.participationSince == member.participationSince
      let typed = changedParticipation && keptOldDay ? nil : draft.participationSince
      member.participationSince =
        typed ?? (changedParticipation ? today : member.participationSince) ?? today
    }
    member.committedOn = draft.committedOn
    member.joinedOn = draft.joinedOn
  }
}
