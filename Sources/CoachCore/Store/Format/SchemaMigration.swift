/// Brings a stored tree of an older schema version to the current one, step by step. Each
/// step is tested on a fixture written by that version (`Tests/CoachCoreTests/Fixtures`).
///
/// - 1: the first format; meetings and agreements were added to it without a bump, and an
///   agreement's `due` was Swift's own encoding, `{nextMeeting: {}}` or `{day: {_0: day}}`.
/// - 2: `due` is a string (`nextMeeting` or the day); unknown keys are kept; the index
///   remembers each community file's size and modification time.
/// - 3: an agreement may have `madeUnder`, the id of the agenda item it was made under in
///   the live mode (a string; absent when unknown).
/// - 4: the coach's group-dynamics notes, `coachNotes` beside `community` (absent: none).
/// - 5: a community's `themes` (absent: none yet).
/// - 6: a theme's `subgroups`, `outputs` and `moments`; a member's `participationReason`; a
///   community's `internalCoach` (each absent: none).
/// - 7: a community's `checklistTicks`, the coach's ticks on the phase checklists by item
///   id (absent: none).
/// - 8: an agenda item's `protocol`, the id of the discussion protocol it runs (absent:
///   none).
/// - 9: a meeting's `roles` (chair, timekeeper, minute-taker → member id; absent: none).
/// - 10: a community's `checklistRounds`, the teachers' answers to checklists with the
///   template as answered (absent: none).
/// - 11: the index keeps each community's meeting dates and open agreements' due days as
///   one line of text each (`meetings`, `openDue`) instead of an element per date: with
///   years of meetings over hundreds of communities, reading the index at start-up and
///   writing it after a save took longer than anything else. Community files are unchanged.
/// - 12: a member's `joinedOn`, the day they joined (absent: not known, and then they are on
///   the attendance list of every meeting, as before).
enum SchemaMigration {
  static let current = 12

  /// The community tree of version `version` in the current shape.
  static func migrate(community: PlistValue, from version: Int) -> PlistValue {
    var tree = community
    if version < 2 { tree = dueAsText(tree) }
    // 2 → 3 changes nothing: an agreement without `madeUnder` was made under an unknown item.
    // 3 → 4 changes nothing: a file without `coachNotes` has no notes.
    // 4 → 5 changes nothing: a community without `themes` has chosen none yet.
    // 5 → 6 changes nothing: every new field is optional and absent means none.
    // 6 → 7 changes nothing: a community without `checklistTicks` has none ticked.
    // 7 → 8 changes nothing: an agenda item without `protocol` runs none.
    // 8 → 9 changes nothing: a meeting without `roles` has none given.
    // 9 → 10 changes nothing: a community without `checklistRounds` has no answers yet.
    // 10 → 11 changes only the index, which reads both shapes (`IndexFormat`).
    // 11 → 12 changes nothing: a member without `joinedOn` joined on a day not recorded.
    return tree
  }

  /// Version 1 → 2: `due` of each agreement becomes a string. A shape that is neither of the
  /// two old ones is left alone, for the reader to report.
  private static func dueAsText(_ community: PlistValue) -> PlistValue {
    guard var fields = community.dictionary, let agreements = fields["agreements"]?.array else {
      return community
    }
    fields["agreements"] = .array(
      agreements.map { value in
        guard var agreement = value.dictionary, let due = agreement["due"]?.dictionary else {
          return value
        }
        if due["nextMeeting"] != nil {
          agreement["due"] = .string(StoredShape.dueAtNextMeeting)
        } else if let day = due["day"]?.dictionary?["_0"]?.string {
          agreement["due"] = .string(day)
        }
        return .dictionary(agreement)
      })
    return .dictionary(fields)
  }
}
