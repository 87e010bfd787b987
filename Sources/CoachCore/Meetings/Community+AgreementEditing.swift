import Foundation

/// Correcting and deleting an agreement: the rules the screens and the command line share.
extension Community {
  /// Changes what was agreed; what is nil stays as it is. The same rules as
  /// `addAgreement`: a text, and at least one owner who is a member. Reviews stay.
  @discardableResult
  public mutating func editAgreement(
    _ id: UUID, kind: AgreementKind? = nil, text: String? = nil, owners: [UUID]? = nil,
    due: Agreement.Due? = nil
  ) throws -> Agreement {
    guard let index = agreements.firstIndex(where: { $0.id == id }) else {
      throw CoachError.noSuchAgreement(id.uuidString)
    }
    var edited = agreements[index]
    if let kind { edited.kind = kind }
    if let text { edited.text = try Self.agreementText(text) }
    if let owners { edited.owners = try agreementOwners(owners) }
    if let due { edited.due = due }
    agreements[index] = edited
    return edited
  }

  /// Deletes an agreement recorded by mistake. One that was followed up already (in a
  /// meeting or between meetings) is refused: the minutes that show that follow-up would
  /// change. Such an agreement is closed as dropped, with a reason, instead.
  public mutating func removeAgreement(_ id: UUID) throws {
    guard let agreement = agreements.first(where: { $0.id == id }) else {
      throw CoachError.noSuchAgreement(id.uuidString)
    }
    guard Self.canRemove(agreement) else {
      throw CoachError.agreementHasReviews(agreement.number)
    }
    agreements.removeAll { $0.id == id }
  }

  /// Whether `removeAgreement` would delete it: only while nobody followed it up. Screens
  /// ask this before they ask “delete?”, so a coach is never asked for nothing.
  public static func canRemove(_ agreement: Agreement) -> Bool { agreement.reviews.isEmpty }

  /// What was agreed, cleaned; never empty.
  static func agreementText(_ text: String) throws -> String {
    let clean = TextCleaning.multiline(text)
    guard !clean.isEmpty else { throw CoachError.emptyAgreement }
    return clean
  }

  /// The owners who are members, each once, in the given order; at least one.
  func agreementOwners(_ owners: [UUID]) throws -> [UUID] {
    var seen = Set<UUID>()
    let known = owners.filter { owner in members.contains { $0.id == owner } }
      .filter { seen.insert($0).inserted }
    guard !known.isEmpty else { throw CoachError.agreementWithoutOwner }
    return known
  }
}
