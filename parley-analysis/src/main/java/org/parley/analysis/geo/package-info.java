/**
 * Geometry primitives for the map work: reading GeoJSON features into JTS geometries, repairing
 * invalid polygons, and measuring areas on the WGS84 ellipsoid with GeographicLib (never in planar
 * degrees). Coordinates are longitude/latitude in degrees throughout (GeoJSON order, CRS84).
 */
@NullMarked
package org.parley.analysis.geo;

import org.jspecify.annotations.NullMarked;
