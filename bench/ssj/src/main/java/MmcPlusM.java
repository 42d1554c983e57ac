import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Sim;
import umontreal.ssj.stat.Tally;

import java.util.ArrayDeque;

/**
 * M/M/c+M in SSJ's event style (as in its call-centre examples): an event object per
 * arrival, departure and abandonment; abandonment events cancelled when a caller is served.
 * The same case as ../erlang-a-c100.yaml: c = 100, 0.5 arrivals a second, service 3 min,
 * patience 5 min, 4,000,000 s (about 2 million arrivals) a replication.
 *
 * Usage: java -cp "target/classes:target/lib/*" MmcPlusM [replications]
 */
public final class MmcPlusM {
    static final int C = 100;
    static final double LAMBDA = 0.5, SERVICE = 180, PATIENCE = 300, HORIZON = 4_000_000;

    final RandomVariateGen arrivals, service, patience;
    final ArrayDeque<Caller> queue = new ArrayDeque<>();
    final Tally waitOfServed = new Tally("wait of served");
    int busy;
    long arrived, abandoned;

    MmcPlusM() {
        arrivals = new ExponentialGen(new MRG32k3a(), LAMBDA);
        service = new ExponentialGen(new MRG32k3a(), 1 / SERVICE);
        patience = new ExponentialGen(new MRG32k3a(), 1 / PATIENCE);
    }

    final class Caller {
        final double arrival = Sim.time();
        Abandonment abandonment;
    }

    final class Arrival extends Event {
        @Override
        public void actions() {
            double next = Sim.time() + arrivals.nextDouble();
            if (next < HORIZON) new Arrival().schedule(next - Sim.time());
            arrived++;
            Caller c = new Caller();
            if (busy < C) {
                busy++;
                waitOfServed.add(0);
                new Departure().schedule(service.nextDouble());
            } else {
                c.abandonment = new Abandonment(c);
                c.abandonment.schedule(patience.nextDouble());
                queue.addLast(c);
            }
        }
    }

    final class Departure extends Event {
        @Override
        public void actions() {
            Caller next = queue.pollFirst();
            if (next == null) {
                busy--;
                return;
            }
            next.abandonment.cancel();
            waitOfServed.add(Sim.time() - next.arrival);
            new Departure().schedule(service.nextDouble());
        }
    }

    final class Abandonment extends Event {
        final Caller caller;

        Abandonment(Caller caller) { this.caller = caller; }

        @Override
        public void actions() {
            queue.remove(caller);
            abandoned++;
        }
    }

    void run() {
        Sim.init();
        new Arrival().schedule(arrivals.nextDouble());
        Sim.start();
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            MmcPlusM m = new MmcPlusM();
            m.run();
            System.out.printf("replication %d: %,d arrivals, abandon share %.5f, mean wait of served %.3f s, %.3f s%n", r + 1, m.arrived,
                    (double) m.abandoned / m.arrived, m.waitOfServed.average(), (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("SSJ: %d replications in %.3f s (inside the JVM)%n", reps, (System.nanoTime() - t0) / 1e9);
    }
}
