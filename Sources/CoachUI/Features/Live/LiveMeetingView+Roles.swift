import CoachCore

extension LiveMeetingView {
  /// The meeting's roles on the agenda's heading line, right-aligned, when they fit beside
  /// it (first names if need be): the room sees who chairs and keeps time.
  static func roles(
    _ meeting: Meeting, _ community: Community, _ context: CommunityContext, _ area: Rect,
    _ canvas: inout Canvas
  ) {
    let heading = DisplayWidth.width(of: " " + context.strings.live.agenda)
    let room = area.width - heading - 3
    guard
      let parts = MeetingRolesLine.parts(meeting, in: community, context.language, fitting: room)
    else { return }
    let width = MeetingRolesLine.width(of: parts)
    guard width <= room else { return }
    MeetingRolesLine.draw(parts, x: area.maxX - width - 1, y: area.y, clip: area, &canvas)
  }
}
