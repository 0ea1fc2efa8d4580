package com.flextime.domain.conference;

/**
 * Great-circle distance between two points, in statute miles (haversine, mean Earth radius 3,958.8 mi).
 * {@link StrictMath}, so the distances, and the seasons built on them, are the same on every machine.
 */
public final class Geo {

    private static final double EARTH_RADIUS_MILES = 3958.8;

    private Geo() {
    }

    public static double miles(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = StrictMath.toRadians(lat1);
        double phi2 = StrictMath.toRadians(lat2);
        double dPhi = StrictMath.toRadians(lat2 - lat1);
        double dLambda = StrictMath.toRadians(lon2 - lon1);
        double a = StrictMath.sin(dPhi / 2) * StrictMath.sin(dPhi / 2)
                + StrictMath.cos(phi1) * StrictMath.cos(phi2)
                * StrictMath.sin(dLambda / 2) * StrictMath.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_MILES * StrictMath.asin(Math.min(1, StrictMath.sqrt(a)));
    }
}
