import CoachCore

extension Optional where Wrapped == Attendance {
  /// One mark for attendance wherever it is shown (meeting screen, live panel): ✓ there
  /// (late too), ✗ absent, – excused, · not recorded yet; and its style.
  var mark: (text: String, style: StyleRole) {
    switch self {
    case .present: ("✓", .success)
    case .late: ("✓", .warning)
    case .absent: ("✗", .dim)
    case .excused: ("–", .dim)
    case nil: ("·", .dim)
    }
  }
}
