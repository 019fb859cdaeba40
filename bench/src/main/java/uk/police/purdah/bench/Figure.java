package uk.police.purdah.bench;

/**
 * One measured figure beside its ceiling measured in the same run (the ratio is the figure that travels between
 * machines), and the goal of issue 10 it answers. {@code higherIsBetter} says which way the goal points;
 * {@code ceiling} is NaN where no ceiling applies (then the ratio is empty).
 */
public record Figure(String area, String name, double value, String unit, String ceilingName, double ceiling,
        String goal, Boolean met, String note) {

    public double ratio() {
        return Double.isNaN(ceiling) || ceiling == 0 ? Double.NaN : value / ceiling;
    }

    public boolean produced() {
        return !Double.isNaN(value) && value >= 0;
    }
}
