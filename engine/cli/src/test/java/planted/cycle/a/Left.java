package planted.cycle.a;

import planted.cycle.b.Right;

/** Half of a package cycle planted for {@code NoPackageCyclesTest}: a depends on b. */
public final class Left {
    public Right right() {
        return new Right();
    }
}
