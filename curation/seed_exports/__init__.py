"""Exports in the on-disk layouts the seed trainers read as they are (RadGrounder's RefRad2D, RadFinder's CT-RATE)."""
