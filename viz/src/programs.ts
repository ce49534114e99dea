/**
 * WebGL programs for big graphs. Headless chromium draws WebGL with SwiftShader, where an instanced draw costs
 * ~30 µs per instance however small the shape, so sigma's default instanced circle/rectangle programs made each frame
 * of a 20k-node graph take ~2 s; its non-instanced point and line programs do not. On top of that, the node program
 * draws every node a second time into the picking framebuffer on every frame (for hover/click), which is wasted
 * while the camera moves: nobody hovers a moving picture.
 */
import type Sigma from 'sigma';
import type { RenderParams } from 'sigma/types';
import type { ProgramInfo } from 'sigma/rendering';
import { NodePointProgram } from 'sigma/rendering';

/** sigma's own test for "moving" (the one `hideEdgesOnMove` uses), so picking is redrawn whenever edges reappear. */
export function isMoving(renderer: Sigma): boolean {
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/**
 * While the camera moves, a big graph draws only its MOVING_NODE_LIMIT biggest nodes (as it draws no edges and no
 * labels): in SwiftShader each point costs ~1.8 µs of CPU however small, so 20k points made a pan frame ~50 ms; 5,000
 * keep it near 30 ms and still show the graph's shape. The page adds nodes in ascending size (graph-model.ts), so the
 * biggest are the last vertices of the buffer — and so are the highlighted ones, which sigma's zIndex sorts last.
 */
export const MOVING_NODE_LIMIT = 5_000;

/**
 * NodePointProgram that, while the camera moves, skips the picking pass (halves the GPU work of a pan frame) and
 * draws only the last MOVING_NODE_LIMIT vertices. Sigma renders again once the move ends (it must, to bring back the
 * edges hidden on move), and that render draws every node and fills the picking layer, so hover and click work as
 * soon as the picture stands still.
 */
export class NodePointProgramNoPickOnMove extends NodePointProgram {
  private limit = Infinity;

  override render(params: RenderParams): void {
    if (!this.pickProgram || !isMoving(this.renderer)) {
      super.render(params);
      return;
    }
    if (this.hasNothingToRender()) return;
    this.normalProgram.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.limit = MOVING_NODE_LIMIT;
    try {
      this.renderProgram(params, this.normalProgram);
    } finally {
      this.limit = Infinity;
    }
    this.unbindProgram(this.normalProgram);
  }

  override drawWebGL(method: number, info: ProgramInfo): void {
    if (this.verticesCount <= this.limit) {
      super.drawWebGL(method, info);
      return;
    }
    info.gl.bindFramebuffer(info.gl.FRAMEBUFFER, info.frameBuffer);
    info.gl.drawArrays(method, this.verticesCount - this.limit, this.limit);
  }
}
