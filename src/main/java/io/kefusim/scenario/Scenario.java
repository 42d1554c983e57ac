package io.kefusim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario with every default filled in. Times are seconds (double) from
 * {@link #start()}; times of day are seconds after local midnight. {@link #origins()} says
 * where in the file each key was written, for warnings found after loading.
 */
public record Scenario(
        String name,
        Path source,
        LocalDateTime start,
        ZoneId zone,
        double horizon,
        double warmup,
        int replications,
        long seed,
        double interval,
        double serviceLevelTarget,
        double serviceLevelGoal,
        double[] firstResponseDeadlines,
        double replyDeadline,
        Demand demand,
        List<BuyerType> buyers,
        List<AgentGroup> groups,
        Map<String, Shift> shifts,
        List<RosterEntry> roster,
        List<Team> teams,
        double absence,
        Costs costs,
        List<Bound> staffingBounds,
        Labour labour,
        double idleGap,
        Origins origins,
        ShiftDesign design,
        double observedFirstResponse) {

    /**
     * A scenario without {@code observed.first_response} (NaN): the records' mean first response, which {@code kefusim fit}
     * writes where the file's reply time is kefusim's default, so that every run says its lost orders rest on an assumed
     * reply time beside what the records showed (fitE; the model reads none of it).
     */
    public Scenario(String name, Path source, LocalDateTime start, ZoneId zone, double horizon, double warmup, int replications, long seed,
                    double interval, double serviceLevelTarget, double serviceLevelGoal, double[] firstResponseDeadlines, double replyDeadline,
                    Demand demand, List<BuyerType> buyers, List<AgentGroup> groups, Map<String, Shift> shifts, List<RosterEntry> roster,
                    List<Team> teams, double absence, Costs costs, List<Bound> staffingBounds, Labour labour, double idleGap, Origins origins,
                    ShiftDesign design) {
        this(name, source, start, zone, horizon, warmup, replications, seed, interval, serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines,
                replyDeadline, demand, buyers, groups, shifts, roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, design, Double.NaN);
    }

    /** A scenario without {@code staffing.design} (kefusim staff keeps its shifts unless told --design). */
    public Scenario(String name, Path source, LocalDateTime start, ZoneId zone, double horizon, double warmup, int replications, long seed,
                    double interval, double serviceLevelTarget, double serviceLevelGoal, double[] firstResponseDeadlines, double replyDeadline,
                    Demand demand, List<BuyerType> buyers, List<AgentGroup> groups, Map<String, Shift> shifts, List<RosterEntry> roster,
                    List<Team> teams, double absence, Costs costs, List<Bound> staffingBounds, Labour labour, double idleGap, Origins origins) {
        this(name, source, start, zone, horizon, warmup, replications, seed, interval, serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines,
                replyDeadline, demand, buyers, groups, shifts, roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, null);
    }

    /**
     * Default of {@code availability.idle_gap}: how long an agent may sit idle between two of its
     * chats in a shop's records and still count as on duty when {@code kefusim backtest} reads the
     * staffing from them (kefusim's original rule; {@code kefusim fit} chooses the shop's own).
     */
    public static final double DEFAULT_IDLE_GAP = 30 * 60;

    /** Labels of the first-response deadlines as used in result keys ("2m", "30m", "2h"). */
    public String[] deadlineLabels() {
        String[] out = new String[firstResponseDeadlines.length];
        for (int i = 0; i < out.length; i++) out[i] = Durations.format(firstResponseDeadlines[i]);
        return out;
    }

    public int typeIndex(String type) {
        for (int i = 0; i < buyers.size(); i++) if (buyers.get(i).name().equals(type)) return i;
        return -1;
    }

    /**
     * Whether buyers of the type are served by phone groups, so that their first response is the
     * pick-up. The loader refuses a type served by both a phone and a chat group, so the first
     * group that serves it decides; a type no group serves is a chat.
     */
    public boolean phoneType(int type) {
        String name = buyers.get(type).name();
        for (AgentGroup g : groups) if (g.skills().contains(name)) return g.phone();
        return false;
    }

    /** What first response (and the service level) means in this scenario's figures. */
    public FirstResponse firstResponse() {
        boolean phone = false, chat = false;
        for (int t = 0; t < buyers.size(); t++) {
            if (phoneType(t)) phone = true;
            else chat = true;
        }
        return phone && chat ? FirstResponse.BOTH : phone ? FirstResponse.PICK_UP : FirstResponse.FIRST_REPLY;
    }

    /**
     * The group that serves a buyer type when every agent is free: the first with it as its
     * primary skill, else the first that has it at all; -1 if none.
     */
    public int ownerGroup(String type) {
        for (int g = 0; g < groups.size(); g++) if (groups.get(g).skills().get(0).equals(type)) return g;
        for (int g = 0; g < groups.size(); g++) if (groups.get(g).skills().contains(type)) return g;
        return -1;
    }

    public int groupIndex(String group) {
        for (int i = 0; i < groups.size(); i++) if (groups.get(i).name().equals(group)) return i;
        return -1;
    }

    /** Seconds from start to local midnight of the start date (<= 0). */
    public double startOfFirstDay() {
        return -start.toLocalTime().toSecondOfDay();
    }

    /** The same scenario with another demand (issue 31: a demand outcome, or the expected demand). */
    public Scenario withDemand(Demand d) {
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, d, buyers, groups, shifts,
                roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, null, observedFirstResponse);
    }

    /** The same scenario with other origins (the loader's note of a --set a later assignment replaced). */
    Scenario withOrigins(Origins o) {
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, buyers, groups, shifts,
                roster, teams, absence, costs, staffingBounds, labour, idleGap, o, design, observedFirstResponse);
    }

    public Scenario withRun(int replications, long seed) {
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, buyers, groups, shifts,
                roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, design, observedFirstResponse);
    }

    /**
     * The same scenario with no type's margin (lost sales in revenue only): compare's one basis when
     * its plans differ in basis (cmp13). Margins reach no simulated figure, only the money read from it.
     */
    public Scenario withoutMargins() {
        List<BuyerType> revenue = new java.util.ArrayList<>();
        for (BuyerType b : buyers) revenue.add(new BuyerType(b.name(), b.patience(), b.messages(), b.thinkTime(), b.botDeflection(), b.conversion(),
                b.silentBuy(), b.orderValue(), b.conversionFactor(), b.unansweredCost(), Double.NaN, b.priority(), b.retrial(), b.botByHour()));
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, List.copyOf(revenue), groups, shifts,
                roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, design, observedFirstResponse);
    }

    /** The same scenario with another roster and teams (the staffing optimiser's candidates). */
    public Scenario withRoster(List<RosterEntry> newRoster, List<Team> newTeams, double newAbsence) {
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, buyers, groups, shifts,
                List.copyOf(newRoster), List.copyOf(newTeams), newAbsence, costs, staffingBounds, labour, idleGap, origins, design, observedFirstResponse);
    }

    /**
     * The same scenario over another window (start, horizon, warm-up): the staffing optimiser and the
     * staff sanity check read a rotation's roster and demand over its whole cycle, beyond the run's days.
     */
    public Scenario withWindow(LocalDateTime newStart, double newHorizon, double newWarmup) {
        return new Scenario(name, source, newStart, zone, newHorizon, newWarmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, buyers, groups, shifts,
                roster, teams, absence, costs, staffingBounds, labour, idleGap, origins, design, observedFirstResponse);
    }

    /** The same scenario with other shifts and roster (a designed roster: its shifts are kefusim's, not the file's). */
    public Scenario withShifts(Map<String, Shift> newShifts, List<RosterEntry> newRoster) {
        return new Scenario(name, source, start, zone, horizon, warmup, replications, seed, interval,
                serviceLevelTarget, serviceLevelGoal, firstResponseDeadlines, replyDeadline, demand, buyers, groups,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(newShifts)), List.copyOf(newRoster), List.of(), absence, costs,
                staffingBounds, labour, idleGap, origins, design, observedFirstResponse);
    }

    /**
     * Where buyers come from: either an hourly pattern (with weekday patterns, per-date
     * scales and peaks) or a trace file. {@code patterns} has 7 entries (Monday first), each
     * 24 or 96 chats-per-hour values.
     */
    public record Demand(double[][] patterns, double scale, List<DayAdjust> days, Path trace,
                         String[] mixTypes, double[][] mixByHour, DemandUncertainty uncertainty) {
        /** Demand known in advance (no {@code demand.uncertainty}). */
        public Demand(double[][] patterns, double scale, List<DayAdjust> days, Path trace, String[] mixTypes, double[][] mixByHour) {
            this(patterns, scale, days, trace, mixTypes, mixByHour, null);
        }

        public boolean isTrace() { return trace != null; }

        /** Whether the day's demand is drawn per replication ({@code demand.uncertainty}). */
        public boolean isUncertain() { return uncertainty != null; }

        /** The same demand with the uncertainty replaced (null: known), the global scale times {@code factor}. */
        public Demand withUncertainty(DemandUncertainty u, double factor) {
            return new Demand(patterns, scale * factor, days, trace, mixTypes, mixByHour, u);
        }
    }

    public record DayAdjust(LocalDate date, double scale, List<Peak> peaks) {}

    /** A time window on a date with extra demand; {@code to <= from} runs past midnight. */
    public record Peak(int fromSec, int toSec, double scale) {}

    /**
     * {@code margin}: the share of order value the shop keeps (gross margin), NaN when the
     * scenario does not say; lost sales are then revenue only.
     */
    public record BuyerType(String name, DistSpec patience, DistSpec messages, DistSpec thinkTime,
                            double botDeflection, double conversion, double silentBuy, double orderValue,
                            ConversionFactor conversionFactor, double unansweredCost, double margin,
                            int priority, Retrial retrial, double[] botByHour) {
        /** A type whose bot share is one number for the whole day ({@code botByHour} null). */
        public BuyerType(String name, DistSpec patience, DistSpec messages, DistSpec thinkTime,
                         double botDeflection, double conversion, double silentBuy, double orderValue,
                         ConversionFactor conversionFactor, double unansweredCost, double margin,
                         int priority, Retrial retrial) {
            this(name, patience, messages, thinkTime, botDeflection, conversion, silentBuy, orderValue, conversionFactor, unansweredCost, margin,
                    priority, retrial, null);
        }

        /**
         * {@code bot_deflection: {hourly: [24 shares]}}: the share of the buyers arriving in each
         * local clock hour that the bot resolves; null when the share is one number for the day
         * ({@link #botDeflection()}). With the hourly form, {@code botDeflection} holds the plain
         * mean of the 24 shares (a summary only: whatever depends on the hour asks
         * {@link #botDeflection(int)}).
         */
        public BuyerType {
            if (botByHour != null) {
                if (botByHour.length != 24) throw new IllegalArgumentException("botByHour needs 24 shares, has " + botByHour.length);
                botByHour = botByHour.clone();
            }
        }

        /** Whether the bot's share is given by the hour ({@code bot_deflection: {hourly: [...]}}). */
        public boolean botHourly() { return botByHour != null; }

        /** The bot's share for buyers arriving in local clock hour {@code hour} (0-23). */
        public double botDeflection(int hour) { return botByHour == null ? botDeflection : botByHour[hour]; }

        /** Whether the bot resolves some buyers of this type in some hour. */
        public boolean anyBot() {
            if (botByHour == null) return botDeflection > 0;
            for (double v : botByHour) if (v > 0) return true;
            return false;
        }

        /** The 24 hourly shares (a copy), or null for the day's one number. */
        @Override public double[] botByHour() { return botByHour == null ? null : botByHour.clone(); }

        // ---- issue 25: priority classes and retrials (keys `priority`, `retrial`) ----
        /** A type with no priority over others and no retrials (the model before issue 25). */
        public BuyerType(String name, DistSpec patience, DistSpec messages, DistSpec thinkTime,
                         double botDeflection, double conversion, double silentBuy, double orderValue,
                         ConversionFactor conversionFactor, double unansweredCost, double margin) {
            this(name, patience, messages, thinkTime, botDeflection, conversion, silentBuy, orderValue, conversionFactor, unansweredCost, margin,
                    0, Retrial.NONE);
        }

        /** A type without a margin (revenue only). */
        public BuyerType(String name, DistSpec patience, DistSpec messages, DistSpec thinkTime,
                         double botDeflection, double conversion, double silentBuy, double orderValue,
                         ConversionFactor conversionFactor, double unansweredCost) {
            this(name, patience, messages, thinkTime, botDeflection, conversion, silentBuy, orderValue, conversionFactor, unansweredCost, Double.NaN);
        }

        public boolean hasMargin() { return !Double.isNaN(margin); }

        /** Whether buyers of this type order at all, so that their lost sales can be more than zero. */
        public boolean converts() { return conversion > 0 && orderValue > 0; }
    }

    /**
     * {@code retrial}: a buyer who gave up waiting comes back as a new contact of the same type
     * with {@code probability}, after a {@code delay} drawn from its distribution; optionally a
     * buyer whose first response came later than {@code lateAfter} comes back with
     * {@code lateProbability} (a chat answered too late is often opened again). A contact that
     * comes back is counted once more as a contact, never again as a person. A buyer comes back at
     * most {@code maxReturns} times (so a probability of 1 with nobody to answer still ends).
     */
    public record Retrial(double probability, DistSpec delay, double lateAfter, double lateProbability, int maxReturns) {
        public static final int DEFAULT_MAX_RETURNS = 10;
        public static final Retrial NONE = new Retrial(0, DistSpec.constant(0), Double.POSITIVE_INFINITY, 0, DEFAULT_MAX_RETURNS);

        /** Whether any buyer of the type can come back. */
        public boolean any() { return probability > 0 || lateProbability > 0; }
    }

    /** Whether some buyer type comes back after giving up (or after a late reply): results then tell people from contacts. */
    public boolean hasRetrials() {
        for (BuyerType b : buyers) if (b.retrial().any()) return true;
        return false;
    }

    /** Whether some buyer types are served before others ({@code priority}). */
    public boolean hasPriorities() {
        for (BuyerType b : buyers) if (b.priority() != buyers.get(0).priority()) return true;
        return false;
    }

    /**
     * f(w): the share of the immediate-answer conversion kept when the first human reply
     * comes after w seconds. Step: the factor of the first row whose {@code within} >= w.
     * Linear: interpolated between rows, {@code otherwise} past the last row.
     */
    public record ConversionFactor(double[] within, double[] factor, double otherwise, boolean linear) {
        public double at(double w) {
            int n = within.length;
            if (!linear) {
                for (int i = 0; i < n; i++) if (w <= within[i]) return factor[i];
                return otherwise;
            }
            if (n == 0) return otherwise;
            if (w <= within[0]) return factor[0];
            for (int i = 1; i < n; i++) {
                if (w <= within[i]) {
                    double u = (w - within[i - 1]) / (within[i] - within[i - 1]);
                    return factor[i - 1] + u * (factor[i] - factor[i - 1]);
                }
            }
            return otherwise;
        }
    }

    /** {@code channel}: "chat" or "phone" (one call at a time; a call's first response is its pick-up). */
    public record AgentGroup(String name, List<String> skills, String level, String channel, int concurrency,
                             DistSpec replyTime, double speedFactor, double slowdown, DistSpec wrapUp,
                             double monthlyPay, String pay, double hourlyPay, String queueOrder,
                             DistSpec pickUp, double pickUpShare) {
        public static final String CHAT = "chat", PHONE = "phone";

        /**
         * {@code pick_up} (null: none): how long a buyer who finds an agent of the group free waits
         * for that agent to answer (the phone rings, the agent turns to the chat), for the share
         * {@code pick_up_share} of such buyers (the others are answered at once). The agent's slot is
         * taken from the moment it takes the buyer; a buyer taken from the queue is answered when taken.
         */
        public boolean hasPickUp() { return pickUp != null && pickUpShare > 0; }
        /**
         * How the group is paid: employed people on a monthly salary, temporary staff by the hour, or
         * part-time staff (非全日制用工, 劳动合同法 art. 68-72) by the hour: at most 4 h a day on average
         * and 24 h a week each, no overtime premium.
         */
        public static final String MONTHLY = "monthly", HOURLY = "hourly", PART_TIME = "part_time";
        /**
         * {@code queue_order}: which waiting buyer an agent of the group takes when a slot frees.
         * {@code skills} (default): the longest-waiting of its first skill with anyone waiting, then
         * the next skill; {@code arrival}: the longest-waiting among all its skills (first come, first
         * served across types, as most call centres run one queue).
         */
        public static final String BY_SKILLS = "skills", BY_ARRIVAL = "arrival";

        public boolean byArrival() { return BY_ARRIVAL.equals(queueOrder); }

        public boolean phone() { return PHONE.equals(channel); }

        /** Paid by the hour: temporary staff ({@code hourly}) or part-time staff ({@code part_time}). */
        public boolean hourly() { return HOURLY.equals(pay) || PART_TIME.equals(pay); }

        /** Part-time staff (非全日制用工): hourly, no overtime premium, 24 h a week a person. */
        public boolean partTime() { return PART_TIME.equals(pay); }

        /**
         * Pay for one hour: {@code hourly_pay} when given; otherwise the monthly pay over the
         * month's paid hours (the rate overtime is paid at, and an hourly group's default).
         */
        public double hourlyRate(Costs costs) {
            return hourly() && !Double.isNaN(hourlyPay) ? hourlyPay : monthlyPay / costs.monthlyPaidHours();
        }
    }

    /**
     * What a buyer's first response is, and so what the service level and the first-response
     * deadlines count: for chats the first human reply, for calls the pick-up (an agent accepts
     * the call; the talk that follows is the answer, not the wait for one).
     */
    public enum FirstResponse {
        /** Every type is served by chat: the first human reply. */
        FIRST_REPLY,
        /** Every type is served by phone: the pick-up. */
        PICK_UP,
        /** Some types by chat, others by phone: each buyer by its own channel. */
        BOTH
    }

    /**
     * A break in a shift. With {@code split} n > 1 the agents of a roster entry (or of a team's
     * group) take it in n consecutive slots of its length: agent i at {@code at + (i mod n) x duration},
     * so a break never takes the whole entry off at once.
     */
    public record Break(int atSec, double duration, int split) {
        public Break(int atSec, double duration) {
            this(atSec, duration, 1);
        }

        /** Seconds after {@code at} that the agent with this index (in its entry or team group) starts the break. */
        public double offset(int agentIndex) {
            return (agentIndex % split) * duration;
        }
    }

    /** A daily window; {@code toSec <= fromSec} crosses midnight; 86400 is "24:00". */
    public record Shift(String name, int fromSec, int toSec, List<Break> breaks) {
        public double length() {
            return toSec > fromSec ? toSec - fromSec : toSec + 86400 - fromSec;
        }
    }

    /** Headcount of a group on a shift, every day or only on {@code dates}. */
    public record RosterEntry(String group, String shift, int agents, List<LocalDate> dates) {}

    /** A team on a rotation: shift names (or "off") cycled day by day from {@code from}. */
    public record Team(String name, Map<String, Integer> agents, List<String> cycle, LocalDate from, WorkingTime workingTime) {
        /** A team without its own {@code working_time}, under the scenario's. */
        public Team(String name, Map<String, Integer> agents, List<String> cycle, LocalDate from) {
            this(name, agents, cycle, from, null);
        }

        /** The working-time system of this rotation: its own (综合工时制 approved for one rota) or the scenario's. */
        public WorkingTime workingTime(Scenario s) {
            return workingTime != null ? workingTime : s.labour().workingTime();
        }
    }

    /**
     * Pay rules. {@code employerContributions}: social insurance and housing fund the employer
     * pays on top of the monthly salary, as a share of it (the salary is the contribution base,
     * 缴费基数; overtime and commission carry none: {@link io.kefusim.metrics.Payroll}).
     * {@code restDayFactor}: the rate of work on a rest day under the standard system (at least
     * 200%, 劳动法 art. 44 (2)); {@code overtimeFactor} that of extended hours (150%, art. 44 (1)).
     * {@code holidays}: the statutory holidays (法定休假日) the run pays as such, sorted, none by
     * default; {@code holidayFactor}: the rate of work on them under the standard and the
     * comprehensive system (at least 300%, art. 44 (3); 《工资支付暂行规定》 art. 13).
     */
    public record Costs(double monthlyPaidHours, double overtimeFactor, double commission, double employerContributions,
                        double minimumMonthlyWage, double restDayFactor, List<LocalDate> holidays, double holidayFactor,
                        double nightAllowance) {
        /** Is {@code date} a listed statutory holiday? */
        public boolean isHoliday(LocalDate date) { return !holidays.isEmpty() && holidays.contains(date); }
    }

    /** The working-time system (工时制度): it decides which scheduled hours earn the overtime premium. */
    public enum WorkingTime {
        /** 标准工时制: hours beyond 8 in a stint are overtime. */
        STANDARD,
        /** 综合计算工时制: hours beyond an average 40 a week over the run are overtime. */
        COMPREHENSIVE,
        /** 不定时工作制: no scheduled overtime. */
        FLEXIBLE
    }

    /**
     * Labour rules every roster and rotation is checked against (warnings, not errors: a
     * shop may knowingly plan an exception). Seconds, hours per week, days.
     */
    public record Labour(WorkingTime workingTime, double maxStint, double minRest, double maxHoursPerWeek, int maxDaysInRow) {}

    /**
     * Headcount limits for the staffing optimiser: a group on a shift (or in a team), every
     * day, or on one date; null fields match anything. {@code max} is {@link #NO_MAX} when the
     * entry gives none (then the optimiser's default applies, or the min if larger).
     */
    public record Bound(String group, String pattern, LocalDate date, int min, int max) {
        public static final int NO_MAX = -1;

        public boolean hasMax() { return max != NO_MAX; }
    }
}
