/**
 * WebGL programs for big graphs. Headless chromium draws WebGL with SwiftShader, where an instanced draw costs
 * ~30 µs per instance however small the shape, so sigma's default instanced circle/rectangle programs made each frame
 * of a 20k-node graph take ~2 s; its non-instanced point and line programs do not. On top of that, the node program
 * draws every node a second time into the picking framebuffer on every frame (for hover/click), which is wasted
 * while the camera moves: nobody hovers a moving picture.
 */
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';
import { NodePointProgram } from 'sigma/rendering';

/** sigma's own test for "moving" (the one `hideEdgesOnMove` uses), so picking is redrawn whenever edges reappear. */
export function isMoving(renderer: Sigma): boolean {
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/**
 * NodePointProgram that skips the picking pass while the camera moves (halves the GPU work of a pan frame). Sigma
 * renders again once the move ends (it must, to bring back the edges hidden on move), and that render fills the
 * picking layer, so hover and click work as soon as the picture stands still.
 */
export class NodePointProgramNoPickOnMove extends NodePointProgram {
  override render(params: RenderParams): void {
    if (!this.pickProgram || !isMoving(this.renderer)) {
      super.render(params);
      return;
    }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }
}
