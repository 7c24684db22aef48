/// A curved line from one box to another, bowed to one side so that it does not run
/// along the straight lines of a tree, starting and ending at the boxes' borders.
struct PictureCurve {
  /// The SVG path: a quadratic Bézier curve.
  let path: String
  /// The point halfway along the curve, for a mark on it.
  let middle: (x: Double, y: Double)

  /// A curve from `from` to `to`, bowed `bend` pixels to its left.
  init(from: Frame, to: Frame, bend: Double) {
    let dx = to.midX - from.midX
    let dy = to.midY - from.midY
    let length = max(1, (dx * dx + dy * dy).squareRoot())
    let control = (
      x: (from.midX + to.midX) / 2 - dy / length * bend,
      y: (from.midY + to.midY) / 2 + dx / length * bend
    )
    let start = Self.exit(from, toward: control)
    let end = Self.exit(to, toward: control)
    path =
      "M \(SVGCanvas.number(start.x)) \(SVGCanvas.number(start.y)) "
      + "Q \(SVGCanvas.number(control.x)) \(SVGCanvas.number(control.y)) "
      + "\(SVGCanvas.number(end.x)) \(SVGCanvas.number(end.y))"
    middle = (
      0.25 * start.x + 0.5 * control.x + 0.25 * end.x,
      0.25 * start.y + 0.5 * control.y + 0.25 * end.y
    )
  }

  /// Where a ray from the middle of `frame` toward `point` leaves the frame, a little out.
  private static func exit(_ frame: Frame, toward point: (x: Double, y: Double))
    -> (x: Double, y: Double)
  {
    let dx = point.x - frame.midX
    let dy = point.y - frame.midY
    let scaleX = dx == 0 ? Double.infinity : (frame.width / 2 + 3) / abs(dx)
    let scaleY = dy == 0 ? Double.infinity : (frame.height / 2 + 3) / abs(dy)
    let scale = min(scaleX, scaleY, 1)
    return (frame.midX + dx * scale, frame.midY + dy * scale)
  }
}
